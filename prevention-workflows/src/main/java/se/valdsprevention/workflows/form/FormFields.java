package se.valdsprevention.workflows.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields a user may submit through one deployed Camunda Form: every component with a key that is
 * neither disabled nor read-only. A disabled field only shows a value the server set (the proposer's
 * name on an approval, say); the form does not send it back, so nobody else may either.
 */
public final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** No form: nothing may be submitted. */
    public static final FormFields NONE = new FormFields(null, Set.of(), Map.of());

    private final String formId;
    private final Set<String> submittable;
    private final Map<String, String> labels;

    private FormFields(String formId, Set<String> submittable, Map<String, String> labels) {
        this.formId = formId;
        this.submittable = Set.copyOf(submittable);
        this.labels = Map.copyOf(labels);
    }

    /** Reads a Camunda Form's JSON as the engine deployed it. */
    public static FormFields read(InputStream form) {
        try {
            return of(JSON.readTree(form));
        } catch (IOException e) {
            throw new IllegalStateException("A deployed form is not readable as JSON", e);
        }
    }

    static FormFields of(JsonNode form) {
        Set<String> submittable = new LinkedHashSet<>();
        collect(form.path("components"), submittable);
        Map<String, String> labels = new LinkedHashMap<>(FormLabels.labels(form));
        return new FormFields(form.path("id").asText(null), submittable, labels);
    }

    /** A form that is not a Camunda Form (generated task forms), known by its field ids. */
    public static FormFields named(Set<String> fieldIds) {
        return new FormFields(null, fieldIds, Map.of());
    }

    /** The form's id, null for a generated form. */
    public String formId() {
        return formId;
    }

    /** Whether a user may send a value for {@code key} through this form. */
    public boolean accepts(String key) {
        return submittable.contains(key);
    }

    /** The keys a user may send. */
    public Set<String> submittable() {
        return submittable;
    }

    /** Key to label of every labelled field, including those a user may not send. */
    public Map<String, String> labels() {
        return labels;
    }

    private static void collect(JsonNode components, Set<String> submittable) {
        for (JsonNode component : components) {
            JsonNode key = component.get("key");
            if (key != null
                    && key.isTextual()
                    && !key.asText().isBlank()
                    && !component.path("disabled").asBoolean(false)
                    && !component.path("readonly").asBoolean(false)) {
                submittable.add(key.asText());
            }
            if (component.has("components")) {
                collect(component.path("components"), submittable);
            }
        }
    }
}
