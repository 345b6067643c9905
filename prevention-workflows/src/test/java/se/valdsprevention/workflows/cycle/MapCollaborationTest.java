package se.valdsprevention.workflows.cycle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static se.valdsprevention.workflows.Refusals.refusal;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.valdsprevention.workflows.TestEngines;

@Deployment(resources = "se/valdsprevention/workflows/tenant-test.bpmn")
class MapCollaborationTest {

    static final ProcessEngine ENGINE = TestEngines.vasterbotten("map-collaboration");

    @RegisterExtension
    ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();

    @BeforeEach
    void useTestEngine() {
        init(ENGINE);
    }

    /** Started in each test: the extension deploys the model only just before the test body runs. */
    private ProcessInstance startCycle() {
        return ENGINE.getRuntimeService()
                .startProcessInstanceByKey("tenantTest", Map.of("municipalityCode", "2417", "cycleLabel", "2026"));
    }

    @Test
    void theCoordinatorMapsCollaborationFirst() {
        ProcessInstance cycle = startCycle();
        assertThat(cycle).isWaitingAt("mapCollaboration");
        assertThat(task(cycle)).hasCandidateGroup("coordinator");
    }

    @Test
    void completesWithArenasAndDepartmentsFromTheForm() {
        ProcessInstance cycle = startCycle();
        complete(
                task(cycle),
                Variables.createVariables()
                        .putValue("arenas", "Skolan, fritidsgården och idrottsföreningarna")
                        .putValueTyped(
                                "departments",
                                SpinValues.jsonValue("[\"SCHOOL\",\"SOCIAL_SERVICES\"]")
                                        .create())
                        .putValue("partners", "Kvinnojouren"));

        assertThat(cycle).hasPassed("mapCollaboration").isEnded();
    }

    @Test
    void refusesMissingArenasAndUnknownDepartmentsAndKeepsTheTaskOpen() {
        ProcessInstance cycle = startCycle();
        String taskId = task(cycle).getId();

        assertThatThrownBy(() -> ENGINE.getTaskService()
                        .complete(
                                taskId,
                                Variables.createVariables()
                                        .putValue("arenas", "  ")
                                        .putValueTyped(
                                                "departments",
                                                SpinValues.jsonValue("[\"SCHOOL\",\"<script>\"]")
                                                        .create())))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(refusal(e))
                        .hasMessage("arenas: måste fyllas i. departments: okänt val '<script>'."));

        assertThat(cycle).isWaitingAt("mapCollaboration");
        assertThat(task(cycle)).hasId(taskId);
    }

    @Test
    void refusesOversizedTextAndNoDepartments() {
        ProcessInstance cycle = startCycle();
        assertThatThrownBy(() -> ENGINE.getTaskService()
                        .complete(
                                task(cycle).getId(),
                                Map.of("arenas", "x".repeat(4001), "departments", java.util.List.of())))
                .satisfies(
                        e -> org.assertj.core.api.Assertions.assertThat(refusal(e))
                                .hasMessage(
                                        "arenas: får vara högst 4000 tecken (nu 4001). departments: välj minst ett alternativ."));
        assertThat(cycle).isWaitingAt("mapCollaboration");
    }

    @Test
    void refusesDepartmentsThatAreNotAList() {
        ProcessInstance cycle = startCycle();
        assertThatThrownBy(() -> ENGINE.getTaskService()
                        .complete(task(cycle).getId(), Map.of("arenas", "Skolan", "departments", "SCHOOL")))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(refusal(e))
                        .hasMessage("departments: måste vara en lista med val."));
        assertThat(cycle).isWaitingAt("mapCollaboration");
    }
}
