package se.valdsprevention.workflows.decision;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.identity.User;

/** A user's name as people read it ("Sara Samordnare"), or the user id when the identity service has none. */
final class DisplayNames {

    private DisplayNames() {}

    static String of(ProcessEngineServices engine, String userId) {
        User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return name.isEmpty() ? userId : name;
    }
}
