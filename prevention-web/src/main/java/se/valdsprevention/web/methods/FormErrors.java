package se.valdsprevention.web.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in a submitted form, per field, in the order of the form: the page lists them at the top (each a
 * link to its field) and shows each message next to its field.
 */
public final class FormErrors {

    /** One problem: the field's id, its label as the form shows it, and the Swedish message. */
    public record FieldError(String field, String label, String message) {}

    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    void add(String field, String label, String message) {
        errors.putIfAbsent(field, new FieldError(field, label, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** The message for a field, or null. */
    public String message(String field) {
        FieldError error = errors.get(field);
        return error == null ? null : error.message();
    }

    /** The id of the field's message element when it has one, for {@code aria-describedby}; otherwise null. */
    public String describedBy(String field) {
        return has(field) ? field + "-fel" : null;
    }

    public List<FieldError> list() {
        return new ArrayList<>(errors.values());
    }

    public int size() {
        return errors.size();
    }
}
