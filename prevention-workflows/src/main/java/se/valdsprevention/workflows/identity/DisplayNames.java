package se.valdsprevention.workflows.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** A user's name as people read it ("Sara Samordnare"), or the user id when the identity service has none. */
public final class DisplayNames {

    private DisplayNames() {}

    public static String of(IdentityService identityService, String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : of(user);
    }

    public static String of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
