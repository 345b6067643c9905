package se.valdsprevention.web.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.identity.DisplayNames;

/**
 * Finds the {@link WorkspaceUser} of the current request: the Spring Security login, with groups and tenants
 * read afresh from Camunda's identity service, so that a membership ended in Admin takes effect at once.
 */
public final class WorkspaceUsers {

    private final IdentityService identityService;
    private final CountyProperties county;

    public WorkspaceUsers(IdentityService identityService, CountyProperties county) {
        this.identityService = identityService;
        this.county = county;
    }

    /**
     * @throws IllegalStateException when nobody is logged in: every workspace page requires a login
     */
    public WorkspaceUser current() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("Workspace pages are only served to logged-in users");
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object loaded = request == null
                ? null
                : request.getAttribute(WorkspaceUser.class.getName(), RequestAttributes.SCOPE_REQUEST);
        if (loaded instanceof WorkspaceUser user && user.id().equals(login.getName())) {
            return user;
        }
        return load(login.getName());
    }

    /** The user with this id as the workspace sees them. */
    public WorkspaceUser load(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String displayName = user == null ? userId : DisplayNames.of(user);
        Set<String> groups = new LinkedHashSet<>();
        identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .forEach(groups::add);
        Set<String> tenants = new LinkedHashSet<>();
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .forEach(tenants::add);
        List<String> municipalities = new ArrayList<>();
        boolean administrator = groups.contains(Groups.CAMUNDA_ADMIN);
        for (String code : county.municipalityCodes()) {
            if (administrator || tenants.contains(code)) {
                municipalities.add(code);
            }
        }
        return new WorkspaceUser(userId, displayName, groups, municipalities);
    }
}
