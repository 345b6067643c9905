package se.valdsprevention.web.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted plan, in Swedish: per field (by the id of its element on the page) the message
 * shown next to it, and the same messages, each naming its field, for the summary at the top of the page.
 */
public final class PlanErrors {

    /** One line of the summary: the field's element id (for the link) and the text naming the field. */
    public record Problem(String fieldId, String text) {}

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Problem> summary = new ArrayList<>();

    /** Records {@code message} for the field, named {@code label} in the summary; the first message counts. */
    void add(String fieldId, String label, String message) {
        if (byField.putIfAbsent(fieldId, message) == null) {
            summary.add(new Problem(fieldId, label + ": " + message));
        }
    }

    /** A problem of the whole form, not of one field. */
    void general(String message) {
        summary.add(new Problem(null, message));
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }

    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    public String of(String fieldId) {
        return byField.get(fieldId);
    }

    public List<Problem> summary() {
        return List.copyOf(summary);
    }
}
