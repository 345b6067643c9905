package se.valdsprevention.web.engineapi;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import se.valdsprevention.workflows.form.FormFields;

/**
 * The form a user fills in for a task or to start a process, as the engine deployed it, and so the variables the
 * user may submit. Read with the user's own rights; forms bound to their deployment never change, so they are
 * remembered (a few dozen per deployment) and a submission costs one task query.
 */
final class DeployedForms {

    private static final int MAX_REMEMBERED = 2_000;
    private static final String CAMUNDA_FORMS = "camunda-forms:";

    private final Map<String, FormFields> remembered = new ConcurrentHashMap<>();

    /** The fields of {@code task}'s form; null when the task has a form the server cannot read (an embedded form). */
    FormFields ofTask(ProcessEngine engine, Task task) {
        String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
        FormFields known = remembered.get(key);
        if (known != null) {
            return known;
        }
        FormFields fields;
        CamundaFormRef ref = task.getCamundaFormRef();
        if (ref != null || startsWith(task.getFormKey(), CAMUNDA_FORMS)) {
            try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
                fields = FormFields.read(form);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read the deployed form of task " + task.getId(), e);
            }
        } else if (task.getFormKey() == null) {
            fields = generated(engine.getFormService().getTaskFormData(task.getId()));
        } else {
            return null;
        }
        if (task.getProcessDefinitionId() != null && isFixed(ref)) {
            remember(key, fields);
        }
        return fields;
    }

    /** The fields of the start form of {@code definition}; {@link FormFields#NONE} when it has no start form. */
    FormFields ofStart(ProcessEngine engine, ProcessDefinition definition) {
        String key = definition.getId();
        FormFields known = remembered.get(key);
        if (known != null) {
            return known;
        }
        StartFormData data = engine.getFormService().getStartFormData(definition.getId());
        FormFields fields;
        CamundaFormRef ref = data.getCamundaFormRef();
        if (ref != null || startsWith(data.getFormKey(), CAMUNDA_FORMS)) {
            try (InputStream form = engine.getFormService().getDeployedStartForm(definition.getId())) {
                fields = FormFields.read(form);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read the start form of " + definition.getId(), e);
            }
        } else if (data.getFormKey() == null) {
            fields = data.getFormFields().isEmpty() ? FormFields.NONE : generated(data);
        } else {
            return null;
        }
        if (isFixed(ref)) {
            remember(key, fields);
        }
        return fields;
    }

    private void remember(String key, FormFields fields) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, fields);
    }

    /** A form reference bound to the deployment or a version always names the same form; "latest" may not. */
    private static boolean isFixed(CamundaFormRef ref) {
        return ref == null || !"latest".equals(ref.getBinding());
    }

    private static FormFields generated(FormData data) {
        Set<String> ids = data.getFormFields().stream().map(FormField::getId).collect(Collectors.toSet());
        return FormFields.named(ids);
    }

    private static boolean startsWith(String text, String prefix) {
        return text != null && text.startsWith(prefix);
    }
}
