package se.valdsprevention.workflows.engine;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A rule of this library refuses what a user tried, with a Swedish sentence the user may read as it is (unlike
 * Camunda's own authorization failures, whose English text names internal resources). APIs answer it with 403 and
 * this message.
 */
public class RefusedForUser extends AuthorizationException {

    public RefusedForUser(String message) {
        super(message);
    }
}
