package se.valdsprevention.workflows.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.valdsprevention.workflows.TestEngines;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

@Deployment(resources = "se/valdsprevention/workflows/tenant-test.bpmn")
class MunicipalityTenantIdProviderTest {

    static final ProcessEngine ENGINE = TestEngines.vasterbotten("tenant-provider");

    @RegisterExtension
    ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();

    @AfterEach
    void clearAuthentication() {
        ENGINE.getIdentityService().clearAuthentication();
    }

    @Test
    void givesTheInstanceTheTenantOfItsMunicipality() {
        ProcessInstance instance = start(Map.of("municipalityCode", "2417"));

        assertThat(instance.getTenantId()).isEqualTo("2417");
        assertThat(ENGINE.getTaskService().createTaskQuery().singleResult().getTenantId())
                .isEqualTo("2417");
    }

    @Test
    void refusesAStartWithoutMunicipalityCode() {
        assertThatThrownBy(() -> start(Map.of("cycleLabel", "2026")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("Kommunkod: måste fyllas i")
                .satisfies(e -> assertThat(((InvalidSubmissionException) e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .containsExactly("municipalityCode"));
        assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().count())
                .isZero();
    }

    @Test
    void refusesAMunicipalityOutsideTheCounty() {
        assertThatThrownBy(() -> start(Map.of("municipalityCode", "2380")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("Kommunkod: '2380' är inte en av länets kommuner (2417, 2422, 2462, 2463).");
        assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().count())
                .isZero();
    }

    @Test
    void refusesAUserWhoDoesNotWorkForTheMunicipality() {
        ENGINE.getIdentityService().setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));

        assertThatThrownBy(() -> start(Map.of("municipalityCode", "2422")))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("Användaren 'coordinator-2417' arbetar inte för kommun 2422");
        assertThat(start(Map.of("municipalityCode", "2417")).getTenantId()).isEqualTo("2417");
    }

    @Test
    void letsAnAdministratorStartForAnyMunicipality() {
        ENGINE.getIdentityService().setAuthentication("admin", List.of("camunda-admin"), List.of());

        assertThat(start(Map.of("municipalityCode", "2463")).getTenantId()).isEqualTo("2463");
    }

    @Test
    void aCalledProcessInheritsItsCallersMunicipality() {
        BpmnModelInstance caller = Bpmn.createExecutableProcess("callerOfCycle")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("callCycle")
                .calledElement("tenantTest")
                .endEvent()
                .done();
        extension.manageDeployment(ENGINE.getRepositoryService()
                .createDeployment()
                .addModelInstance("caller.bpmn", caller)
                .deploy());

        ProcessInstance parent = ENGINE.getRuntimeService()
                .startProcessInstanceByKey("callerOfCycle", Map.of("municipalityCode", "2462"));

        ProcessInstance called = ENGINE.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(parent.getId())
                .singleResult();
        assertThat(parent.getTenantId()).isEqualTo("2462");
        assertThat(called.getTenantId()).isEqualTo("2462");
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return ENGINE.getRuntimeService().startProcessInstanceByKey("tenantTest", variables);
    }
}
