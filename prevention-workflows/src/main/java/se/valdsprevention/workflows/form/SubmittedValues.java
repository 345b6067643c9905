package se.valdsprevention.workflows.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Reads the variables a user submitted and collects every problem before failing, so that one
 * answer names all fields that need attention. Failing with an {@link InvalidSubmissionException}
 * keeps the task open and rolls back the completion.
 */
public class SubmittedValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final VariableScope scope;
    private final List<InvalidSubmissionException.Problem> problems = new ArrayList<>();

    private final String formId;
    private final Map<String, String> otherLabels;

    /** Values submitted through the form of {@code scope}: a user task's form or a process's start form. */
    public SubmittedValues(VariableScope scope) {
        this(scope, FormLabels.formOf(scope));
    }

    /** Values submitted through the Camunda Form {@code formId}, whose labels name the fields in refusals. */
    public SubmittedValues(VariableScope scope, String formId) {
        this(scope, formId, Map.of());
    }

    /**
     * Values submitted through the Camunda Form {@code formId}, with labels for fields the form no longer shows
     * but a client may still send (the form's own labels win).
     */
    public SubmittedValues(VariableScope scope, String formId, Map<String, String> otherLabels) {
        this.scope = scope;
        this.formId = formId;
        this.otherLabels = Map.copyOf(otherLabels);
    }

    /** A required free text of at most {@code maxLength} characters. */
    public String requireText(String field, int maxLength) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            reject(field, "måste fyllas i");
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
            reject(field, "välj minst ett alternativ");
        }
        for (String choice : choices) {
            if (!allowed.contains(choice)) {
                reject(field, "okänt val '" + abbreviate(choice) + "'");
            }
        }
        return choices;
    }

    /** A required amount, not below {@code min}; numbers come as Integer, Long or Double from forms. */
    public BigDecimal requireDecimal(String field, BigDecimal min) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            reject(field, "måste fyllas i");
            return null;
        }
        BigDecimal number;
        try {
            number = value instanceof Number n
                    ? new BigDecimal(n.toString())
                    : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            reject(field, "måste vara ett tal");
            return null;
        }
        if (number.compareTo(min) < 0) {
            reject(field, "får inte vara mindre än " + min.toPlainString());
        }
        if (number.abs().compareTo(MAX_AMOUNT) > 0) {
            reject(field, "får vara högst " + MAX_AMOUNT.toPlainString());
        }
        return number;
    }

    /** A required date: {@code 2027-03-01} from a form, an ISO date-time, or a Date variable from the REST API. */
    public LocalDate requireDate(String field) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            reject(field, "måste fyllas i");
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), EngineClock.zone());
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            reject(field, "måste vara ett datum som 2027-03-01 (ÅÅÅÅ-MM-DD)");
            return null;
        }
    }

    /** A required choice among the constants of {@code type}, by name. */
    public <E extends Enum<E>> E requireChoice(String field, Class<E> type) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            reject(field, "måste väljas");
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().trim());
        } catch (IllegalArgumentException e) {
            reject(field, "okänt val '" + abbreviate(value.toString()) + "'");
            return null;
        }
    }

    /** Optional text split into its non-blank lines, at most {@code maxLength} characters in all. */
    public List<String> optionalLines(String field, int maxLength) {
        String text = optionalText(field, maxLength);
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /** Any number of choices, none included, every one of them among {@code allowed}. */
    public List<String> optionalChoices(String field, Set<String> allowed) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        List<String> choices = asList(field, value);
        if (choices == null) {
            return List.of();
        }
        for (String choice : choices) {
            if (!allowed.contains(choice)) {
                reject(field, "okänt val '" + abbreviate(choice) + "'");
            }
        }
        return choices;
    }

    /** One required choice among {@code allowed}, as a radio group or select submits it. */
    public String requireOneOf(String field, Set<String> allowed) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            reject(field, "måste väljas");
            return null;
        }
        String choice = value.toString().trim();
        if (!allowed.contains(choice)) {
            reject(field, "okänt val '" + abbreviate(choice) + "'");
            return null;
        }
        return choice;
    }

    /** Whether anything was submitted for {@code field}. */
    public boolean hasValue(String field) {
        Object value = scope.getVariable(field);
        return value != null && !value.toString().isBlank();
    }

    /** A yes/no answer; missing means no. */
    public boolean flag(String field) {
        Object value = scope.getVariable(field);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /** Adds a problem found elsewhere, for example by a domain type. */
    public void reject(String field, String message) {
        problems.add(new InvalidSubmissionException.Problem(field, message));
    }

    /** Whether a problem is already known for {@code field}. */
    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /**
     * Fails with every problem found so far, each field named by its label in the form, or returns quietly
     * when there is none.
     */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            Map<String, String> labels = new HashMap<>(otherLabels);
            labels.putAll(FormLabels.packaged().of(formId));
            throw new InvalidSubmissionException(problems).labelled(labels);
        }
    }

    private String checkLength(String field, Object value, int maxLength) {
        String text = value.toString();
        if (text.length() > maxLength) {
            reject(field, "får vara högst " + maxLength + " tecken (nu " + text.length() + ")");
        }
        return text;
    }

    private List<String> asList(String field, Object value) {
        if (value == null) {
            reject(field, "välj minst ett alternativ");
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        // Camunda Forms submit a checklist as a JSON array (a Spin JSON variable or its text).
        try {
            return JSON.readValue(value.toString(), new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            reject(field, "måste vara en lista med val");
            return null;
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
