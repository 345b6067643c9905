package se.valdsprevention.jamtland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jämtland's own Camunda application with prevention-workflows added and nothing written for it:
 * the models, forms and tables are there, its eight municipalities are tenants, and Krokom runs the
 * first step of a cycle under Jämtland's own rules.
 */
@SpringBootTest(
        classes = JamtlandCamundaApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:jamtland;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"
        })
class JamtlandEmbeddingTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    FilterService filterService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void theModelsFormsAndTablesAreThereAndTheMunicipalitiesAreTenants() {
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .latestVersion()
                        .list())
                .extracting(ProcessDefinition::getKey)
                .contains(
                        "iavpCycle",
                        "municipalDecision",
                        "decisionFollowUp",
                        "checkIn",
                        "teamOnboarding",
                        "teamDeparture");
        String deployment = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("iavpCycle")
                .singleResult()
                .getDeploymentId();
        assertThat(repositoryService.getDeploymentResourceNames(deployment))
                .contains(
                        "map-collaboration.form",
                        "approve-decision.form",
                        "hold-check-in.form",
                        "decision-routing.dmn");
        assertThat(identityService.createTenantQuery().list())
                .extracting(Tenant::getName)
                .containsExactlyInAnyOrder(
                        "Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen", "Östersund");
        assertThat(filterService
                        .createFilterQuery()
                        .filterName("Samordnarens uppgifter")
                        .count())
                .isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM \"prevention_schema_history\" WHERE \"success\" = TRUE", Integer.class))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void krokomRunsTheFirstStepOfACycleUnderJamtlandsRules() {
        as("coordinator-2309", "coordinator");
        ProcessInstance cycle = runtimeService.startProcessInstanceByKey(
                "iavpCycle", Map.of("municipalityCode", "2309", "cycleLabel", "2027"));
        identityService.clearAuthentication();
        assertThat(cycle.getTenantId()).isEqualTo("2309");
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(cycle.getId())
                        .activityId("checkInDue")
                        .singleResult()
                        .getDuedate())
                .as("Jämtland checks in every second month")
                .isAfter(java.sql.Date.valueOf(LocalDate.now().plusMonths(2).minusDays(1)));

        complete(
                cycle,
                "mapCollaboration",
                Map.of(
                        "arenas",
                        "Skolan i Krokom",
                        "departments",
                        SpinValues.jsonValue("[\"SCHOOL\",\"SOCIAL_SERVICES\"]").create()));
        complete(
                cycle,
                "composeTeam",
                Map.of(
                        "coordinatorName", "Kim Krokom",
                        "coordinatorDepartment", "SOCIAL_SERVICES",
                        "representative_SCHOOL", "Alva Skog"));
        assertThat((String) runtimeService.getVariable(cycle.getId(), "missingDepartments"))
                .as("Jämtland's agreement requires health care and police")
                .isEqualTo("hälso- och sjukvård (region), polis");
        complete(cycle, "formulateVision", Map.of("vision", "Ett Krokom fritt från våld.", "readiness", "MEDIUM"));

        ProcessInstance decision = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(cycle.getId())
                .singleResult();
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("decisionType", "RESOURCES");
        proposal.put("decisionTitle", "Resurser för IAVP");
        proposal.put("decisionDescription", "Krokom deltar.");
        proposal.put("resourcesSek", 80_000);
        proposal.put("resourcesHours", 100);
        proposal.put("followUpDate", LocalDate.now().plusMonths(6).toString());
        complete(decision, "prepareProposal", proposal);
        identityService.clearAuthentication();
        assertThat(runtimeService.getVariable(decision.getId(), "deciderRole"))
                .as("80 000 kr is below Jämtland's limit for the municipal manager")
                .isEqualTo("Kommunchef");
        as("manager-2309", "manager");
        taskService.complete(task(decision, "approveDecision"), Map.of("verdict", "APPROVE"));
        identityService.clearAuthentication();

        assertThat(cycle).isWaitingAt("chooseViolenceTypes");
    }

    @Test
    void aMunicipalityOfAnotherCountyIsRefused() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(
                        "iavpCycle", Map.of("municipalityCode", "2417", "cycleLabel", "2027")))
                .hasMessageContaining(
                        "Kommunkod: '2417' är inte en av länets kommuner (2303, 2305, 2309, 2313, 2321, 2326, 2361, 2380).");
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        as("coordinator-2309", "coordinator");
        try {
            taskService.complete(task(instance, taskKey), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String task(ProcessInstance instance, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId();
    }

    private void as(String user, String group) {
        identityService.setAuthentication(user, List.of(group), List.of("2309"));
    }
}
