package se.valdsprevention.web.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a user name and password against Camunda's identity service (the database, or LDAP where the
 * engine is configured with it), the same store Tasklist logs in against. Camunda's own throttling of
 * repeated failed logins applies.
 */
final class CamundaIdentityAuthentication implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Fel användarnamn eller lösenord.";

    private final IdentityService identityService;

    CamundaIdentityAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null
                || userId.isBlank()
                || userId.length() > 128
                || !(credentials instanceof String password)
                || password.isEmpty()
                || password.length() > 512) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        List<GrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(id -> (GrantedAuthority) new SimpleGrantedAuthority("GROUP_" + id))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
