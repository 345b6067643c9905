package se.valdsprevention.workflows.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.workflows.deployment.PreventionResourcesPlugin;

/** Rules every model in bpmn/ keeps, checked on the resources as they are packaged in the jar. */
class PackagedModelsTest {

    static final Pattern GENERATED_ID = Pattern.compile(
            "^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|UserTask|Task|Process|Form|Field)_[0-9a-z]+$");

    static final Map<String, BpmnModelInstance> MODELS = new HashMap<>();
    static final Map<String, JsonNode> FORMS_BY_ID = new HashMap<>();

    @BeforeAll
    static void readPackagedResources() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Resource resource :
                new PreventionResourcesPlugin(PackagedModelsTest.class.getClassLoader()).packagedResources()) {
            try (InputStream in = resource.getInputStream()) {
                String name = resource.getFilename();
                if (name.endsWith(".bpmn")) {
                    MODELS.put(name, Bpmn.readModelFromStream(in));
                } else if (name.endsWith(".form")) {
                    JsonNode form = json.readTree(in);
                    FORMS_BY_ID.put(form.path("id").asText(), form);
                }
            }
        }
    }

    @Test
    void theJarCarriesModelsAndForms() {
        assertThat(MODELS).containsKey("iavp-cycle.bpmn");
        assertThat(FORMS_BY_ID).containsKeys("start-cycle", "map-collaboration");
    }

    @Test
    void everyUserTaskAndStartEventHasADeployedCamundaForm() {
        List<String> checked = new ArrayList<>();
        MODELS.forEach((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertFormRef(file, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
                checked.add(task.getId());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                // A plain start event of a process is what a user starts from Tasklist's "Start process".
                if (start.getParentElement() instanceof Process
                        && start.getEventDefinitions().isEmpty()) {
                    assertFormRef(file, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
                }
            }
        });
        assertThat(checked)
                .contains(
                        "mapCollaboration",
                        "prepareProposal",
                        "approveDecision",
                        "remindDecider",
                        "escalateDecision",
                        "followUpDecision");
    }

    @Test
    void everyFormIsCamunda7FormJsSchema16() {
        assertThat(FORMS_BY_ID).isNotEmpty();
        FORMS_BY_ID.forEach((id, form) -> {
            assertThat(form.path("schemaVersion").asInt()).as(id).isLessThanOrEqualTo(16);
            assertThat(form.path("executionPlatform").asText()).as(id).isEqualTo("Camunda Platform");
            form.path("components")
                    .forEach(component -> assertThat(component.path("id").asText())
                            .as("component id in form " + id)
                            .doesNotMatch(GENERATED_ID));
        });
    }

    @Test
    void theDepartmentChecklistOffersExactlyTheDomainsDepartments() {
        List<String> offered = new ArrayList<>();
        FORMS_BY_ID.get("map-collaboration").path("components").forEach(component -> {
            if ("departments".equals(component.path("key").asText())) {
                component
                        .path("values")
                        .forEach(value -> offered.add(value.path("value").asText()));
            }
        });
        assertThat(offered)
                .containsExactlyInAnyOrder(
                        Arrays.stream(Department.values()).map(Department::name).toArray(String[]::new));
    }

    @Test
    void everyProcessHasAHistoryTimeToLiveAndIsExecutable() {
        MODELS.forEach((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString())
                        .as(file + " " + process.getId())
                        .isNotBlank();
                assertThat(process.isExecutable()).as(file).isTrue();
            }
        });
    }

    @Test
    void everyElementHasAReadableIdAndEveryFlowNodeIsDrawnAndNamed() {
        MODELS.forEach((file, model) -> {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                assertThat(element.getId()).as(file).doesNotMatch(GENERATED_ID);
            }
            List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId())
                    .toList();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(drawn)
                        .as(file + ": diagram shape for " + node.getId())
                        .contains(node.getId());
                assertThat(node.getName())
                        .as(file + ": Swedish name of " + node.getId())
                        .isNotBlank();
            }
        });
    }

    private static void assertFormRef(String file, String elementId, String formRef, String binding) {
        assertThat(formRef).as(file + ": camunda:formRef of " + elementId).isNotBlank();
        assertThat(binding)
                .as(file + ": camunda:formRefBinding of " + elementId)
                .isEqualTo("deployment");
        assertThat(FORMS_BY_ID)
                .as(file + ": form '" + formRef + "' for " + elementId)
                .containsKey(formRef);
    }
}
