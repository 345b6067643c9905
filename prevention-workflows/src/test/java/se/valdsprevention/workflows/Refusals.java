package se.valdsprevention.workflows;

import se.valdsprevention.workflows.form.InvalidSubmissionException;

/** Finds the refusal in what the engine threw: as it is, or wrapped in its listener or delegate error. */
public final class Refusals {

    private Refusals() {}

    public static InvalidSubmissionException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSubmissionException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("Expected an InvalidSubmissionException, got " + thrown, thrown);
    }
}
