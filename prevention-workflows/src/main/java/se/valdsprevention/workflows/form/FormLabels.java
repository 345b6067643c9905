package se.valdsprevention.workflows.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The labels users see in the Camunda Forms this library ships, by form id and field key, so that a
 * refusal names a field as the form does ({@code followUpDate} is "Datum för uppföljning"). Read once
 * from {@code se/valdsprevention/bpmn/forms/*.form} on the classpath, the same files the engine deploys.
 *
 * <p>A field's label is its {@code label}, or {@code dateLabel} for a date field. When a form shows the
 * same label more than once (the risk factors of each level), the label of the enclosing group is added:
 * {@code risk_INDIVIDUAL} is "Riskfaktorer (Individ)".
 */
public final class FormLabels {

    private static final String LOCATION = "classpath*:se/valdsprevention/bpmn/forms/*.form";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile FormLabels packaged;

    private final Map<String, Map<String, String>> byForm;

    FormLabels(Map<String, Map<String, String>> byForm) {
        this.byForm = Map.copyOf(byForm);
    }

    /** The labels of the forms packaged with this library. */
    public static FormLabels packaged() {
        FormLabels labels = packaged;
        if (labels == null) {
            labels = read(FormLabels.class.getClassLoader());
            packaged = labels;
        }
        return labels;
    }

    /** Field key to label in the form with {@code formId}; empty when the form is unknown. */
    public Map<String, String> of(String formId) {
        return formId == null ? Map.of() : byForm.getOrDefault(formId, Map.of());
    }

    /** The label of {@code key} in the form, or the key itself when the form gives it no label. */
    public String label(String formId, String key) {
        return of(formId).getOrDefault(key, key);
    }

    /**
     * The id of the Camunda Form a user filled in to reach {@code scope}: a user task's form, or the start
     * form of a process being started. Null when none is known (a service task, for example).
     */
    public static String formOf(VariableScope scope) {
        try {
            if (scope instanceof DelegateTask task) {
                UserTask userTask = task.getBpmnModelElementInstance();
                return userTask == null ? null : userTask.getCamundaFormRef();
            }
            if (scope instanceof DelegateExecution execution) {
                FlowElement element = execution.getBpmnModelElementInstance();
                if (element instanceof UserTask userTask) {
                    return userTask.getCamundaFormRef();
                }
                if (element instanceof StartEvent start) {
                    return start.getCamundaFormRef();
                }
                if (element == null && execution.getBpmnModelInstance() != null) {
                    return execution.getBpmnModelInstance().getModelElementsByType(StartEvent.class).stream()
                            .map(StartEvent::getCamundaFormRef)
                            .filter(ref -> ref != null && !ref.isBlank())
                            .findFirst()
                            .orElse(null);
                }
            }
        } catch (RuntimeException e) {
            // Without a model there is no form to name fields by; the keys are shown instead.
        }
        return null;
    }

    static FormLabels read(ClassLoader classLoader) {
        Map<String, Map<String, String>> byForm = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = JSON.readTree(in);
                    String id = form.path("id").asText(null);
                    if (id != null) {
                        byForm.putIfAbsent(id, labels(form));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the packaged forms under " + LOCATION, e);
        }
        return new FormLabels(byForm);
    }

    /** Key to label of every field in a form's JSON, through groups and other containers. */
    static Map<String, String> labels(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), null, fields);
        Map<String, Integer> uses = new HashMap<>();
        fields.values().forEach(field -> uses.merge(field.label(), 1, Integer::sum));
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach((key, field) -> labels.put(
                key,
                uses.get(field.label()) > 1 && field.group() != null
                        ? field.label() + " (" + field.group() + ")"
                        : field.label()));
        return labels;
    }

    private record Field(String label, String group) {}

    private static void collect(JsonNode components, String group, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String label = text(component, "label");
            if (label == null) {
                label = text(component, "dateLabel");
            }
            String key = text(component, "key");
            if (key != null && label != null) {
                fields.putIfAbsent(key, new Field(label.strip(), group));
            }
            if (component.has("components")) {
                collect(component.path("components"), label != null ? label.strip() : group, fields);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
