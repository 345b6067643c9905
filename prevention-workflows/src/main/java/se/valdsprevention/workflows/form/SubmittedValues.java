package se.valdsprevention.workflows.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the variables a user submitted and collects every problem before failing, so that one
 * answer names all fields that need attention. Failing with an {@link InvalidSubmissionException}
 * keeps the task open and rolls back the completion.
 */
public class SubmittedValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VariableScope scope;
    private final List<InvalidSubmissionException.Problem> problems = new ArrayList<>();

    public SubmittedValues(VariableScope scope) {
        this.scope = scope;
    }

    /** A required free text of at most {@code maxLength} characters. */
    public String requireText(String field, int maxLength) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            reject(field, "must be filled in");
            return null;
        }
        return checkLength(field, value, maxLength);
    }

    /** An optional free text of at most {@code maxLength} characters. */
    public String optionalText(String field, int maxLength) {
        Object value = scope.getVariable(field);
        return value == null ? null : checkLength(field, value, maxLength);
    }

    /** At least one choice, every one of them among {@code allowed}. */
    public List<String> requireChoices(String field, Set<String> allowed) {
        Object value = scope.getVariable(field);
        List<String> choices = asList(field, value);
        if (choices == null) {
            return List.of();
        }
        if (choices.isEmpty()) {
            reject(field, "choose at least one");
        }
        for (String choice : choices) {
            if (!allowed.contains(choice)) {
                reject(field, "unknown choice '" + abbreviate(choice) + "'");
            }
        }
        return choices;
    }

    /** Fails with every problem found so far, or returns quietly when there is none. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
    }

    private String checkLength(String field, Object value, int maxLength) {
        String text = value.toString();
        if (text.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters, was " + text.length());
        }
        return text;
    }

    private List<String> asList(String field, Object value) {
        if (value == null) {
            reject(field, "choose at least one");
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        // Camunda Forms submit a checklist as a JSON array (a Spin JSON variable or its text).
        try {
            return JSON.readValue(value.toString(), new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            reject(field, "must be a list of choices");
            return null;
        }
    }

    private void reject(String field, String message) {
        problems.add(new InvalidSubmissionException.Problem(field, message));
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
