package se.valdsprevention.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs each workspace request as its logged-in user inside the engine: the engine's own authorization and
 * tenant checks then decide which tasks and process instances a page can see, exactly as in Tasklist.
 */
final class EngineAuthentication implements HandlerInterceptor {

    private final IdentityService identityService;
    private final WorkspaceUsers users;

    EngineAuthentication(IdentityService identityService, WorkspaceUsers users) {
        this.identityService = identityService;
        this.users = users;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)) {
            WorkspaceUser user = users.load(login.getName());
            identityService.setAuthentication(
                    user.id(), new ArrayList<>(user.groupIds()), new ArrayList<>(user.municipalityCodes()));
            request.setAttribute(WorkspaceUser.class.getName(), user);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        identityService.clearAuthentication();
    }
}
