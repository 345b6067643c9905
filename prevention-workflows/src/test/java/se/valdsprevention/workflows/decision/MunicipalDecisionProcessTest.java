package se.valdsprevention.workflows.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static se.valdsprevention.workflows.Refusals.refusal;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * The decision process on the engine as a county runs it (Spring Boot, H2, Flyway), driven by the
 * users of Norsjö and by moving the engine's clock.
 */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class MunicipalDecisionProcessTest {

    static final ZonedDateTime MONDAY_MORNING =
            LocalDateTime.of(2026, 11, 23, 9, 0).atZone(EngineClock.zone());

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    DecisionRevisions revisions;

    @BeforeEach
    void startTheWeek() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void anApprovedDecisionIsSavedAndFollowedUpByTheProposerOnItsDate() {
        ProcessInstance decision = start();
        propose(decision, proposal());

        assertThat(decision).isWaitingAt("approveDecision");
        assertThat(task(decision)).hasCandidateGroup("manager").isNotAssigned();
        assertThat(decision).variables().containsEntry("deciderRole", "Kommunchef");

        decide(decision, "manager-2417", "APPROVE", null);

        assertThat(decision).hasPassed("recordDecision", "scheduleFollowUp").isEnded();
        String decisionId = decisionId(decision);
        List<DecisionRevision> history = revisions.history(decisionId);
        assertThat(history)
                .extracting(r -> r.decision().status(), DecisionRevision::author)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DecisionStatus.PROPOSED, "coordinator-2417"),
                        org.assertj.core.groups.Tuple.tuple(DecisionStatus.APPROVED, "manager-2417"));
        assertThat(history.get(1).decision().decidedBy()).isEqualTo("manager-2417");
        assertThat(history.get(1).processInstanceId()).isEqualTo(decision.getId());

        ProcessInstance followUp = followUpOf(decisionId);
        assertThat(followUp).isWaitingAt("followUpDateReached");
        assertThat(followUp.getTenantId()).isEqualTo("2417");
        Job timer = job(followUp);
        assertThat(timer.getDuedate())
                .isEqualTo(Date.from(LocalDateTime.of(2027, 3, 1, 8, 0)
                        .atZone(EngineClock.zone())
                        .toInstant()));
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(followUp.getId())
                        .count())
                .isZero();

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        assertThat(followUp).isWaitingAt("followUpDecision");
        assertThat(task(followUp)).isAssignedTo("coordinator-2417");
        as("coordinator-2417", "coordinator");
        taskService.complete(
                task(followUp).getId(),
                Map.of(
                        "mandateUsed",
                        "Teamet träffades varje månad.",
                        "spentSek",
                        18_500,
                        "spentHours",
                        92,
                        "effect",
                        "Alla verksamheter var representerade."));

        assertThat(followUp).isEnded();
        DecisionRevision followedUp = revisions.latest(decisionId).orElseThrow();
        assertThat(followedUp.decision().status()).isEqualTo(DecisionStatus.FOLLOWED_UP);
        assertThat(followedUp.decision().followUpOutcome().resourcesSpent().sek())
                .isEqualByComparingTo("18500");
        assertThat(followedUp.revision()).isEqualTo(3);
    }

    @Test
    void aRejectionNeedsAReasonAndIsSaved() {
        ProcessInstance decision = start();
        propose(decision, proposal());
        String decisionId = decisionId(decision);

        assertThatThrownBy(() -> decide(decision, "manager-2417", "REJECT", " "))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .containsExactly("verdictComment"));
        assertThat(decision).isWaitingAt("approveDecision");
        assertThat(revisions.history(decisionId)).hasSize(1);

        decide(decision, "manager-2417", "REJECT", "Budgeten för 2027 är redan fördelad.");

        assertThat(decision).hasPassed("proposalRejected").isEnded();
        assertThat(revisions.latest(decisionId).orElseThrow().decision().comment())
                .isEqualTo("Budgeten för 2027 är redan fördelad.");
        identityService.clearAuthentication();
        Task notice = taskService
                .createTaskQuery()
                .processDefinitionKey("decisionOutcome")
                .processVariableValueEquals("decisionId", decisionId)
                .singleResult();
        assertThat(notice).as("the proposer is told the outcome in Tasklist").isNotNull();
        assertThat(notice.getAssignee()).isEqualTo("coordinator-2417");
        assertThat(notice.getTenantId()).isEqualTo("2417");
        assertThat(notice.getName()).isEqualTo("Besked om beslutet: Avslag");
        assertThat(taskService.getVariable(notice.getId(), "decisionComment"))
                .isEqualTo("Budgeten för 2027 är redan fördelad.");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("decisionFollowUp")
                        .variableValueEquals("decisionId", decisionId)
                        .count())
                .isZero();
    }

    @Test
    void aReturnedProposalGoesBackToTheProposerAndCanBeResubmitted() {
        ProcessInstance decision = start();
        propose(decision, proposal());
        String decisionId = decisionId(decision);

        decide(decision, "manager-2417", "RETURN", "Beskriv vilka verksamheter som ska delta.");

        assertThat(decision).isWaitingAt("prepareProposal");
        assertThat(decision).variables().containsEntry("decisionComment", "Beskriv vilka verksamheter som ska delta.");

        Map<String, Object> revised = proposal();
        revised.put("resourcesSek", 300_000);
        propose(decision, revised);

        assertThat(decision).isWaitingAt("approveDecision");
        assertThat(decision)
                .variables()
                .containsEntry("deciderRole", "Kommunstyrelsen")
                .containsEntry("deciderGroup", "board-chair")
                .doesNotContainKey("decisionComment");
        assertThat(task(decision))
                .as("the kommunchef may not decide what the routing gives the board")
                .hasCandidateGroup("board-chair");
        assertThat(taskService.getIdentityLinksForTask(task(decision).getId()))
                .extracting(link -> link.getGroupId())
                .doesNotContain("manager");
        assertThat((String) runtimeService.getVariable(decision.getId(), "deciderReason"))
                .contains("300 000 kr")
                .contains("Kommunstyrelsens ordförande registrerar")
                .contains("fyra ögon");
        decide(decision, "chair-2417", "APPROVE", null);

        assertThat(revisions.history(decisionId))
                .extracting(r -> r.decision().status())
                .containsExactly(
                        DecisionStatus.PROPOSED,
                        DecisionStatus.RETURNED,
                        DecisionStatus.PROPOSED,
                        DecisionStatus.APPROVED);
        assertThat(revisions
                        .latest(decisionId)
                        .orElseThrow()
                        .decision()
                        .proposal()
                        .deciderRole())
                .isEqualTo("Kommunstyrelsen");
    }

    @Test
    void aWaitingProposalRemindsTheDeciderAfterTwoWeeksAndEscalatesToTheCountyAfterFour() {
        ProcessInstance decision = start();
        propose(decision, proposal());

        Job reminder = timer(decision, "reminderDue");
        Job escalation = timer(decision, "escalationDue");
        assertThat(reminder.getDuedate())
                .isEqualTo(Date.from(MONDAY_MORNING.plusDays(14).toInstant()));
        assertThat(escalation.getDuedate())
                .isEqualTo(Date.from(MONDAY_MORNING.plusDays(28).toInstant()));

        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);

        assertThat(decision).isWaitingAt("approveDecision", "remindDecider");
        assertThat(task("remindDecider", decision)).hasCandidateGroup("manager");

        ClockUtil.setCurrentTime(escalation.getDuedate());
        execute(escalation);

        assertThat(decision).isWaitingAt("approveDecision", "remindDecider", "escalateDecision");
        assertThat(task("escalateDecision", decision)).hasCandidateGroup("county-officer");

        decide(decision, "manager-2417", "APPROVE", null);

        assertThat(decision).isEnded();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(decision.getId())
                        .count())
                .isZero();
    }

    @Test
    void theProposerCanNeitherClaimNorCompleteTheApprovalOfTheirOwnProposal() {
        ProcessInstance decision = start();
        propose(decision, proposal());
        String approval = task(decision).getId();

        assertThatThrownBy(() -> taskService.claim(approval, "coordinator-2417"))
                .satisfies(
                        e -> assertThat(refusal(e)).hasMessageContaining("kan inte också fatta beslutet (fyra ögon)"));
        as("coordinator-2417", "coordinator", "manager");
        assertThatThrownBy(() -> taskService.complete(approval, Map.of("verdict", "APPROVE")))
                .satisfies(e -> assertThat(refusal(e))
                        .hasMessage("Du ('coordinator-2417') har lämnat förslaget och kan inte också fatta beslutet"
                                + " (fyra ögon)."));

        assertThat(decision).isWaitingAt("approveDecision");
        assertThat(task(decision)).isNotAssigned();
        assertThat(revisions.history(decisionId(decision))).hasSize(1);
    }

    @Test
    void anApprovalWithoutALoggedInUserIsRefused() {
        ProcessInstance decision = start();
        propose(decision, proposal());
        identityService.clearAuthentication();

        assertThatThrownBy(() -> taskService.complete(task(decision).getId(), Map.of("verdict", "APPROVE")))
                .satisfies(e ->
                        assertThat(refusal(e)).hasMessageContaining("Beslutet måste fattas av en inloggad användare"));
        assertThat(decision).isWaitingAt("approveDecision");
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingIsStored() {
        ProcessInstance decision = start();
        long before = revisions.countIn("2417");
        Map<String, Object> bad = new HashMap<>();
        bad.put("decisionType", "<script>alert(1)</script>");
        bad.put("decisionTitle", "x".repeat(201));
        bad.put("decisionDescription", "");
        bad.put("resourcesSek", -1);
        bad.put("resourcesHours", "många");
        bad.put("followUpDate", "2026-11-20");
        bad.put("supportingDocuments", "https://kommun.se/underlag.pdf\njavascript:alert(1)");

        assertThatThrownBy(() -> propose(decision, bad))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .containsExactlyInAnyOrder(
                                "decisionType",
                                "decisionTitle",
                                "decisionDescription",
                                "resourcesSek",
                                "resourcesHours",
                                "followUpDate",
                                "supportingDocuments"));

        assertThat(decision).isWaitingAt("prepareProposal");
        assertThat(revisions.countIn("2417")).isEqualTo(before);
    }

    @Test
    void aMissingTypeAndAFollowUpDateInThePastAreNamed() {
        ProcessInstance decision = start();
        Map<String, Object> bad = proposal();
        bad.remove("decisionType");
        bad.put("followUpDate", "2026-11-22");

        assertThatThrownBy(() -> propose(decision, bad))
                .satisfies(e -> assertThat(refusal(e))
                        .hasMessage("Typ av beslut: måste väljas. Datum för uppföljning: får inte ligga i det förflutna"
                                + " (i dag är det 2026-11-23)."));
        assertThat(decision).isWaitingAt("prepareProposal");
    }

    @Test
    void theApprovalIsSavedInTheSameTransactionAsTheTaskCompletion() {
        ProcessInstance decision = start();
        propose(decision, proposal());
        String decisionId = decisionId(decision);
        String approval = task(decision).getId();
        repositoryService.suspendProcessDefinitionByKey("decisionFollowUp");
        try {
            as("manager-2417", "manager");
            assertThatThrownBy(() -> taskService.complete(approval, Map.of("verdict", "APPROVE")))
                    .hasMessageContaining("Cannot correlate message 'decisionApproved'");
        } finally {
            repositoryService.activateProcessDefinitionByKey("decisionFollowUp");
        }

        assertThat(decision).isWaitingAt("approveDecision");
        assertThat(revisions.history(decisionId))
                .extracting(r -> r.decision().status())
                .containsExactly(DecisionStatus.PROPOSED);
    }

    @Test
    void aCallingProcessGetsTheOutcomeAndTheDecisionsId() {
        var caller = Bpmn.createExecutableProcess("decisionCaller")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("askForDecision")
                .calledElement("municipalDecision")
                .camundaIn("municipalityCode", "municipalityCode")
                .camundaOut("decisionOutcome", "decisionOutcome")
                .camundaOut("decisionId", "decisionId")
                .userTask("afterDecision")
                .endEvent()
                .done();
        repositoryService
                .createDeployment()
                .addModelInstance("decision-caller.bpmn", caller)
                .deploy();
        as("coordinator-2417", "coordinator");
        ProcessInstance parent =
                runtimeService.startProcessInstanceByKey("decisionCaller", Map.of("municipalityCode", "2417"));
        ProcessInstance decision = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(parent.getId())
                .singleResult();

        propose(decision, proposal());
        decide(decision, "manager-2417", "APPROVE", null);

        assertThat(parent).isWaitingAt("afterDecision");
        assertThat(parent).variables().containsEntry("decisionOutcome", "APPROVED");
        assertThat(runtimeService.getVariable(parent.getId(), "decisionId")).isEqualTo(decisionId(decision));
    }

    private ProcessInstance start() {
        as("coordinator-2417", "coordinator");
        return runtimeService.startProcessInstanceByKey("municipalDecision", Map.of("municipalityCode", "2417"));
    }

    private void propose(ProcessInstance decision, Map<String, Object> variables) {
        as("coordinator-2417", "coordinator");
        Task prepare = taskService
                .createTaskQuery()
                .processInstanceId(decision.getId())
                .taskDefinitionKey("prepareProposal")
                .singleResult();
        taskService.complete(prepare.getId(), variables);
    }

    private void decide(ProcessInstance decision, String user, String verdict, String comment) {
        as(user, user.startsWith("chair-") ? "board-chair" : "manager");
        Map<String, Object> variables = new HashMap<>();
        variables.put("verdict", verdict);
        variables.put("verdictComment", comment);
        Task approval = taskService
                .createTaskQuery()
                .processInstanceId(decision.getId())
                .taskDefinitionKey("approveDecision")
                .singleResult();
        taskService.complete(approval.getId(), variables);
    }

    private static Map<String, Object> proposal() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decisionType", "PARTICIPATION_MANDATE");
        variables.put("decisionTitle", "Mandat att delta i IAVP 2026–2027");
        variables.put("decisionDescription", "Kommunen deltar i länsstyrelsens process Inget att vänta på.");
        variables.put("mandate", "Teamet får använda arbetstid till de fem stegen.");
        variables.put("resourcesSek", 20_000);
        variables.put("resourcesHours", 100);
        variables.put("followUpDate", "2027-03-01");
        variables.put("supportingDocuments", "https://www.norsjo.se/underlag/iavp.pdf");
        return variables;
    }

    private void as(String user, String... groups) {
        identityService.setAuthentication(user, List.of(groups), List.of("2417"));
    }

    private String decisionId(ProcessInstance decision) {
        return (String) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(decision.getId())
                .variableName("decisionId")
                .singleResult()
                .getValue();
    }

    private ProcessInstance followUpOf(String decisionId) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("decisionFollowUp")
                .variableValueEquals("decisionId", decisionId)
                .singleResult();
    }

    private Job timer(ProcessInstance decision, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(decision.getId())
                .activityId(activityId)
                .singleResult();
    }
}
