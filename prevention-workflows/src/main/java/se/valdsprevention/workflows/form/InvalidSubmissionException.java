package se.valdsprevention.workflows.form;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a user submitted (form fields, start variables) breaks a rule. Carries every problem found,
 * each naming its field, so a caller can fix them all at once. The engine rolls back the command
 * that raised it: a task stays open, a process is not started, nothing is half-saved.
 */
public class InvalidSubmissionException extends BadUserRequestException {

    /** One broken rule on one field. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<Problem> problems;

    public InvalidSubmissionException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: at least one is required");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidSubmissionException of(String field, String message) {
        return new InvalidSubmissionException(List.of(new Problem(field, message)));
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
