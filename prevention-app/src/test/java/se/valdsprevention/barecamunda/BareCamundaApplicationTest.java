package se.valdsprevention.barecamunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bare models the national benchmark compares the application with: they must keep the application's shape,
 * or the comparison measures the process instead of the product. A decision routed by its table to its decider,
 * the verdict carried out to the calling cycle, and the proposer's notice and the follow-up started with the
 * decision's data.
 */
class BareCamundaApplicationTest {

    static ConfigurableApplicationContext bare;
    static RuntimeService runtime;
    static TaskService tasks;
    static IdentityService identity;

    @BeforeAll
    static void start() {
        bare = new SpringApplicationBuilder(BareCamundaApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.config.name=bare-camunda",
                        "spring.datasource.url=jdbc:h2:mem:bare-shape;DB_CLOSE_DELAY=-1",
                        "camunda.bpm.generate-unique-process-engine-name=true",
                        "camunda.bpm.job-execution.enabled=false",
                        "camunda.bpm.auto-deployment-enabled=false",
                        "camunda.bpm.history-level=full",
                        "camunda.bpm.webapp.enabled=false")
                .run();
        BareCamundaApplication.deploy(bare.getBean(RepositoryService.class));
        runtime = bare.getBean(RuntimeService.class);
        tasks = bare.getBean(TaskService.class);
        identity = bare.getBean(IdentityService.class);
    }

    @AfterAll
    static void stop() {
        bare.close();
    }

    @Test
    void aMandateGoesToTheManagerAndItsApprovalStartsTheNoticeAndTheFollowUp() {
        String cycle = throughStepOne("2417");
        ProcessInstance mandate = decisionOf(cycle);
        assertThat(runtime.getVariable(mandate.getId(), "decisionType")).isEqualTo("PARTICIPATION_MANDATE");
        assertThat(runtime.getVariable(mandate.getId(), "decisionTitle"))
                .isEqualTo("Mandat och resurser för IAVP 2417");

        complete(mandate.getId(), "prepareProposal", "coordinator-2417", proposal(10_000));
        assertThat(runtime.getVariable(mandate.getId(), "deciderGroup")).isEqualTo("manager");
        assertThat(runtime.getVariable(mandate.getId(), "proposer")).isEqualTo("coordinator-2417");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(mandate.getId())
                        .taskCandidateGroup("manager")
                        .count())
                .isEqualTo(1);
        String decisionId = (String) runtime.getVariable(mandate.getId(), "decisionId");

        complete(mandate.getId(), "approveDecision", "manager-2417", Map.of("verdict", "APPROVE"));

        assertThat(runtime.getVariable(cycle, "mandateOutcome")).isEqualTo("APPROVED");
        assertThat(runtime.getVariable(cycle, "mandateDecisionId")).isEqualTo(decisionId);
        Task notice = tasks.createTaskQuery()
                .processDefinitionKey(BareCamundaApplication.OUTCOME)
                .taskAssignee("coordinator-2417")
                .singleResult();
        assertThat(notice.getName()).isEqualTo("Besked om beslutet: Bifall");
        assertThat(runtime.getVariable(notice.getExecutionId(), "decisionId")).isEqualTo(decisionId);
        ProcessInstance followUp = runtime.createProcessInstanceQuery()
                .processDefinitionKey(BareCamundaApplication.FOLLOW_UP)
                .variableValueEquals("decisionId", decisionId)
                .singleResult();
        assertThat(runtime.getVariables(followUp.getId()))
                .containsEntry("proposer", "coordinator-2417")
                .containsEntry("mandate", "Teamet får arbeta med de fem stegen.")
                .containsKey("followUpAt");
        assertThat(runtime.getActiveActivityIds(followUp.getId())).containsExactly("followUpDateReached");
        assertThat(runtime.getActiveActivityIds(cycle)).containsExactly("chooseViolenceTypes");
    }

    @Test
    void aLargeRequestIsRoutedToTheBoardChairAndAReturnGoesBackToTheProposal() {
        String cycle = throughStepOne("2418");
        ProcessInstance mandate = decisionOf(cycle);

        complete(mandate.getId(), "prepareProposal", "coordinator-2418", proposal(300_000));
        assertThat(runtime.getVariable(mandate.getId(), "deciderGroup")).isEqualTo("board-chair");
        Map<String, Object> returned = new HashMap<>();
        returned.put("verdict", "RETURN");
        returned.put("verdictComment", "Underlaget saknar kostnader.");
        complete(mandate.getId(), "approveDecision", "chair-2418", returned);

        assertThat(runtime.getActiveActivityIds(mandate.getId())).containsExactly("prepareProposal");
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey(BareCamundaApplication.OUTCOME)
                        .taskAssignee("coordinator-2418")
                        .count())
                .isZero();
    }

    /** A new cycle of the municipality up to its mandate decision; returns the cycle's id. */
    private static String throughStepOne(String code) {
        String cycle = runtime.startProcessInstanceByKey(BareCamundaApplication.CYCLE, Map.of("municipalityCode", code))
                .getId();
        complete(cycle, "mapCollaboration", "coordinator-" + code, Map.of());
        complete(cycle, "composeTeam", "coordinator-" + code, Map.of());
        complete(cycle, "formulateVision", "coordinator-" + code, Map.of());
        return cycle;
    }

    private static ProcessInstance decisionOf(String cycle) {
        return runtime.createProcessInstanceQuery()
                .superProcessInstanceId(cycle)
                .processDefinitionKey(BareCamundaApplication.DECISION)
                .singleResult();
    }

    private static Map<String, Object> proposal(int sek) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("decisionDescription", "Underlag från kommunteamet.");
        proposal.put("mandate", "Teamet får arbeta med de fem stegen.");
        proposal.put("resourcesSek", sek);
        proposal.put("resourcesHours", 40);
        proposal.put("followUpDate", "2027-06-01");
        return proposal;
    }

    private static void complete(String instance, String key, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(key)
                .singleResult();
        assertThat(task).as(key).isNotNull();
        identity.setAuthentication(user, List.of());
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
