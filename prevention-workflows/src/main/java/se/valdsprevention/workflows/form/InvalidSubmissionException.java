package se.valdsprevention.workflows.form;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a user submitted (form fields, start variables) breaks a rule. Carries every problem found,
 * each naming its field, so a caller can fix them all at once. The engine rolls back the command
 * that raised it: a task stays open, a process is not started, nothing is half-saved.
 *
 * <p>The message is what a user reads: one Swedish sentence per problem, naming the field by the
 * label of its form, for example {@code Uppföljningsdatum: får inte ligga i det förflutna.}
 */
public class InvalidSubmissionException extends BadUserRequestException {

    /**
     * One broken rule on one field: {@code field} is the variable's key (for programs), {@code label}
     * the field's label in the form, null when unknown. A message that starts with a capital letter is
     * a whole sentence and is shown without the label.
     */
    public record Problem(String field, String message, String label) {

        public Problem(String field, String message) {
            this(field, message, null);
        }

        /** The label a user sees, or the key when the field has no label. */
        public String shownName() {
            return label == null || label.isBlank() ? field : label;
        }

        /** The problem as one sentence: {@code Label: message.}, or the message alone when it is a sentence. */
        public String sentence() {
            String text = message.strip();
            String sentence = isSentence(text) ? text : shownName() + ": " + text;
            return sentence.endsWith(".") || sentence.endsWith("?") || sentence.endsWith("!")
                    ? sentence
                    : sentence + ".";
        }

        Problem labelled(Map<String, String> labels) {
            return label != null || !labels.containsKey(field) ? this : new Problem(field, message, labels.get(field));
        }

        private static boolean isSentence(String text) {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }

        @Override
        public String toString() {
            return sentence();
        }
    }

    private final List<Problem> problems;

    public InvalidSubmissionException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidSubmissionException of(String field, String message) {
        return new InvalidSubmissionException(List.of(new Problem(field, message)));
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** The same refusal with each unlabelled field named by its label from {@code labels} (key to label). */
    public InvalidSubmissionException labelled(Map<String, String> labels) {
        var relabelled = new InvalidSubmissionException(
                problems.stream().map(problem -> problem.labelled(labels)).toList());
        relabelled.setStackTrace(getStackTrace());
        return relabelled;
    }

    private static String describe(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("problems: at least one is required");
        }
        return String.join(" ", problems.stream().map(Problem::sentence).toList());
    }
}
