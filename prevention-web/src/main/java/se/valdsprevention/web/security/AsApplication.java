package se.valdsprevention.web.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine calls a page makes as the application rather than as its user, and only after the page itself has
 * checked that the user may do what they ask (a team member saving the plan puts its summary on the coordinator's
 * task). The user's engine login is restored afterwards, whatever happens.
 */
public final class AsApplication {

    private AsApplication() {}

    public static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }
}
