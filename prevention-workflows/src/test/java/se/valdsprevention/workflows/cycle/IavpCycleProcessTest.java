package se.valdsprevention.workflows.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static se.valdsprevention.workflows.Refusals.refusal;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.InvalidSubmissionException;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * One municipality through the five IAVP steps into the next cycle, every task completed by a user
 * of the task's role, decisions taken by the municipality's manager; the engine clock is moved for
 * the stall watch and the check-ins.
 */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class IavpCycleProcessTest {

    static final ZonedDateTime START = LocalDateTime.of(2027, 1, 11, 9, 0).atZone(EngineClock.zone());

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Autowired
    SituationPictures situationPictures;

    @Autowired
    ActionPlans actionPlans;

    @BeforeEach
    void startTheClock() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void aMunicipalityRunsTheFiveStepsAndStartsTheNextCycleAtStepTwo() {
        ProcessInstance cycle = start("2417");
        String firstCycleId = (String) runtimeService.getVariable(cycle.getId(), "cycleId");
        assertThat(runtimeService.getVariable(cycle.getId(), "municipalityName"))
                .as("Tasklist shows the municipality by name")
                .isEqualTo("Norsjö");

        completeStepOne(cycle);
        assertThat(cycle).isWaitingAt("chooseViolenceTypes");

        completeStepTwo(cycle, firstCycleId);
        assertThat(situationPictures
                        .latest(firstCycleId)
                        .orElseThrow()
                        .picture()
                        .status())
                .isEqualTo(PictureStatus.AGREED);

        completeStepThree(cycle);
        assertThat(situationPictures
                        .latest(firstCycleId)
                        .orElseThrow()
                        .picture()
                        .riskFactors())
                .singleElement()
                .satisfies(risk -> {
                    assertThat(risk.description()).isEqualTo("Få mötesplatser");
                    assertThat(risk.influenceable()).isTrue();
                });

        completeStepFour(cycle, firstCycleId);
        completeStepFive(cycle, firstCycleId, "STEP_2");

        assertThat(cycle).isWaitingAt("chooseViolenceTypes");
        assertThat(cycle)
                .variables()
                .containsEntry("cycleNumber", 2)
                .containsEntry("cycleLabel", "2028")
                .containsEntry("baselineCycleId", firstCycleId)
                .containsEntry("currentStep", "Steg 2: Beskriv våld som problem")
                .doesNotContainKey("violenceTypes");
        assertThat(runtimeService.getVariable(cycle.getId(), "cycleId")).isNotEqualTo(firstCycleId);
        assertThat(situationPictures.latestAgreed("2417").orElseThrow().cycleId())
                .isEqualTo(firstCycleId);
    }

    @Test
    void aChangedTeamOrMandateStartsTheNextCycleAtStepOne() {
        ProcessInstance cycle = start("2417");
        String cycleId = (String) runtimeService.getVariable(cycle.getId(), "cycleId");
        completeStepOne(cycle);
        completeStepTwo(cycle, cycleId);
        completeStepThree(cycle);
        completeStepFour(cycle, cycleId);

        completeStepFive(cycle, cycleId, "STEP_1");

        assertThat(cycle).isWaitingAt("mapCollaboration");
    }

    @Test
    void aRejectedMandateLoopsBackToTheVisionWithTheReason() {
        ProcessInstance cycle = start("2417");
        complete(cycle, "mapCollaboration", "coordinator-2417", collaboration());
        complete(cycle, "composeTeam", "coordinator-2417", team());
        complete(cycle, "formulateVision", "coordinator-2417", vision());

        ProcessInstance decision = decisionOf(cycle);
        propose(decision, "PARTICIPATION_MANDATE");
        decide(decision, "REJECT", "Mandatet måste avgränsas till skolan först.");

        assertThat(cycle).isWaitingAt("formulateVision");
        assertThat(cycle)
                .variables()
                .containsEntry("mandateOutcome", "REJECTED")
                .containsEntry("mandateComment", "Mandatet måste avgränsas till skolan först.");

        complete(cycle, "formulateVision", "coordinator-2417", vision());
        ProcessInstance second = decisionOf(cycle);
        propose(second, "PARTICIPATION_MANDATE");
        decide(second, "APPROVE", null);

        assertThat(cycle).isWaitingAt("chooseViolenceTypes");
    }

    @Test
    void theTeamCheckShowsTheDepartmentsTheAgreementRequiresButNobodyRepresents() {
        ProcessInstance cycle = start("2417");
        complete(cycle, "mapCollaboration", "coordinator-2417", collaboration());

        complete(cycle, "composeTeam", "coordinator-2417", team());

        assertThat((String) runtimeService.getVariable(cycle.getId(), "missingDepartments"))
                .isEqualTo("polis, äldreomsorg");
    }

    @Test
    void aStepWithoutProgressForSixWeeksGivesTheCountyOfficerATask() {
        ProcessInstance cycle = start("2417");
        complete(cycle, "mapCollaboration", "coordinator-2417", collaboration());

        ClockUtil.setCurrentTime(Date.from(START.plusWeeks(6).minusDays(1).toInstant()));
        runProgressCheck(cycle);
        assertThat(openTasks(cycle, "contactStalledMunicipality")).isEmpty();

        ClockUtil.setCurrentTime(Date.from(START.plusWeeks(6).plusDays(1).toInstant()));
        runProgressCheck(cycle);
        List<Task> contacts = openTasks(cycle, "contactStalledMunicipality");
        assertThat(contacts).hasSize(1);
        assertThat(taskService.getIdentityLinksForTask(contacts.get(0).getId()))
                .extracting(link -> link.getGroupId())
                .contains("county-officer");

        runProgressCheck(cycle);
        assertThat(openTasks(cycle, "contactStalledMunicipality"))
                .as("no second task while one is open")
                .hasSize(1);
        assertThat(runtimeService.getVariable(cycle.getId(), "stalled"))
                .as("the step still stands still while the county officer's contact is open")
                .isEqualTo(true);
    }

    @Test
    void theCheckInsRunOnTheCountysCadenceForAsLongAsTheCycleRuns() {
        ProcessInstance cycle = start("2417");
        Job checkIn = managementService
                .createJobQuery()
                .processInstanceId(cycle.getId())
                .activityId("checkInDue")
                .singleResult();

        assertThat(checkIn.getDuedate()).isEqualTo(Date.from(START.plusMonths(1).toInstant()));
    }

    @Test
    void aMonthlyCheckInStartsFromTheCycleAndItsOverdueActionEscalatesToCoordinatorAndTeam() {
        ProcessInstance cycle = start("2417");
        complete(cycle, "mapCollaboration", "coordinator-2417", collaboration());
        Job checkInDue = managementService
                .createJobQuery()
                .processInstanceId(cycle.getId())
                .activityId("checkInDue")
                .singleResult();
        ClockUtil.setCurrentTime(checkInDue.getDuedate());
        execute(checkInDue);

        ProcessInstance checkIn = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(cycle.getId())
                .processDefinitionKey("checkIn")
                .singleResult();
        assertThat(checkIn).isWaitingAt("holdCheckIn");
        assertThat(checkIn.getTenantId()).isEqualTo("2417");
        assertThat((String) runtimeService.getVariable(checkIn.getId(), "agenda"))
                .contains("Steg 1: Initiera samverkan");
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(cycle.getId())
                        .activityId("checkInDue")
                        .singleResult()
                        .getDuedate())
                .as("the next check-in is due a month later")
                .isEqualTo(Date.from(START.plusMonths(2).toInstant()));

        String due = EngineClock.today().plusDays(7).toString();
        identityService.setAuthentication("county-24", List.of("county-officer"), List.of("2417"));
        taskService.complete(
                taskService
                        .createTaskQuery()
                        .processInstanceId(checkIn.getId())
                        .taskDefinitionKey("holdCheckIn")
                        .singleResult()
                        .getId(),
                Map.of(
                        "meetingDate", EngineClock.today().toString(),
                        "present", "coordinator-2417\nteam-2417",
                        "notes", "Teamet är på gång.",
                        "action1Description", "Boka möte med rektorerna",
                        "action1Assignee", "team-2417",
                        "action1DueDate", due));
        identityService.clearAuthentication();

        Job overdue = managementService
                .createJobQuery()
                .processInstanceId(checkIn.getId())
                .timers()
                .singleResult();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);

        Task escalated = taskService
                .createTaskQuery()
                .processInstanceId(checkIn.getId())
                .taskDefinitionKey("followUpOverdueAction")
                .singleResult();
        assertThat(taskService.getIdentityLinksForTask(escalated.getId()))
                .extracting(link -> link.getGroupId())
                .contains("coordinator", "team-member");
    }

    @Test
    void badInputInStepTasksIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance cycle = start("2417");
        String cycleId = (String) runtimeService.getVariable(cycle.getId(), "cycleId");
        completeStepOne(cycle);
        complete(
                cycle,
                "chooseViolenceTypes",
                "coordinator-2417",
                Map.of("violenceTypes", json("[\"CLOSE_RELATIONSHIPS\"]")));

        assertThatThrownBy(() -> complete(cycle, "describeSituation", "coordinator-2417", situationChecklist()))
                .satisfies(
                        e -> assertThat(refusal(e))
                                .hasMessageContaining(
                                        "Lägesbilden är inte skriven än. Skriv den på sidan Lägesbild (/kommuner/2417/lagesbild)."));
        assertThat(openTasks(cycle, "describeSituation")).hasSize(1);

        Map<String, Object> team = new HashMap<>();
        team.put("coordinatorName", " ");
        team.put("coordinatorDepartment", "NOPE");
        team.put("representative_SCHOOL", "x".repeat(1001));
        ProcessInstance other = start("2422");
        complete(other, "mapCollaboration", "coordinator-2422", collaboration());
        assertThatThrownBy(() -> complete(other, "composeTeam", "coordinator-2422", team))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .containsExactly("coordinatorName", "coordinatorDepartment", "representative_SCHOOL"))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::label)
                        .containsExactly("Samordnare", "Samordnarens verksamhet", "Skola"))
                .satisfies(e -> assertThat(refusal(e))
                        .hasMessage("Samordnare: måste fyllas i. Samordnarens verksamhet: okänt val 'NOPE'."
                                + " Skola: får vara högst 1000 tecken (nu 1001)."));
        assertThat(openTasks(other, "composeTeam")).hasSize(1);
        assertThat(situationPictures.latest(cycleId)).isEmpty();
    }

    private void completeStepOne(ProcessInstance cycle) {
        complete(cycle, "mapCollaboration", "coordinator-2417", collaboration());
        complete(cycle, "composeTeam", "coordinator-2417", team());
        complete(cycle, "formulateVision", "coordinator-2417", vision());
        ProcessInstance decision = decisionOf(cycle);
        propose(decision, "PARTICIPATION_MANDATE");
        decide(decision, "APPROVE", null);
    }

    private void completeStepTwo(ProcessInstance cycle, String cycleId) {
        complete(
                cycle,
                "chooseViolenceTypes",
                "coordinator-2417",
                Map.of("violenceTypes", json("[\"CLOSE_RELATIONSHIPS\"]")));
        assertThat(cycle).isWaitingAt("describeSituation", "contributePoliceFigures");
        complete(
                cycle,
                "contributePoliceFigures",
                "police-2417",
                Map.of(
                        "policeSummary",
                        "Få anmälningar, stort mörkertal.",
                        "policeSources",
                        "Polisens lägesbild 2026"));
        situationPictures.save(
                cycleId, CycleDocuments.draftPicture("2417", 2026), "coordinator-2417", EngineClock.now());
        complete(cycle, "describeSituation", "coordinator-2417", situationChecklist());
        complete(cycle, "agreeSituationPicture", "team-2417", Map.of("teamAgreed", true));
    }

    private void completeStepThree(ProcessInstance cycle) {
        complete(
                cycle,
                "identifyRiskAndProtectiveFactors",
                "team-2417",
                Map.of(
                        "risk_COMMUNITY", "Få mötesplatser",
                        "influenceableLevels", json("[\"COMMUNITY\"]"),
                        "priorities", "Otrygghet bland unga kvinnor"));
    }

    private void completeStepFour(ProcessInstance cycle, String cycleId) {
        complete(
                cycle,
                "chooseAmbitionLevel",
                "coordinator-2417",
                Map.of("ambitionLevel", "AVANCERAD", "ambitionMotivation", "Skolan vill införa en beprövad metod."));
        actionPlans.save(cycleId, CycleDocuments.plan("2417", 2027, false), "coordinator-2417", EngineClock.now());
        complete(
                cycle,
                "planActivities",
                "coordinator-2417",
                Map.of("planChecklist", json("[\"PROGRAMME_THEORY\",\"MEASURABLE_GOALS\",\"FOLLOW_UP_PLANNED\"]")));
    }

    private void completeStepFive(ProcessInstance cycle, String cycleId, String nextCycle) {
        ProcessInstance decision = decisionOf(cycle);
        propose(decision, "STEERING_DOCUMENT_INTEGRATION");
        decide(decision, "APPROVE", null);
        assertThatThrownBy(() -> complete(cycle, "followUpPlan", "coordinator-2417", Map.of()))
                .satisfies(e -> assertThat(refusal(e)).hasMessageContaining("Produktionsuppföljning saknas för"));
        actionPlans.save(cycleId, CycleDocuments.plan("2417", 2027, true), "coordinator-2417", EngineClock.now());
        complete(cycle, "followUpPlan", "coordinator-2417", Map.of());
        complete(
                cycle,
                "spreadLessons",
                "coordinator-2417",
                Map.of("lessons", "Eleverna vill fortsätta.", "nextCycle", nextCycle, "nextCycleLabel", "2028"));
    }

    private ProcessInstance start(String municipalityCode) {
        identityService.setAuthentication(
                "coordinator-" + municipalityCode, List.of("coordinator"), List.of(municipalityCode));
        ProcessInstance cycle = runtimeService.startProcessInstanceByKey(
                "iavpCycle", Map.of("municipalityCode", municipalityCode, "cycleLabel", "2027"));
        identityService.clearAuthentication();
        return cycle;
    }

    private void complete(ProcessInstance cycle, String taskKey, String user, Map<String, Object> variables) {
        String municipalityCode = cycle.getTenantId();
        String group = user.startsWith("police") ? "police" : user.startsWith("team") ? "team-member" : "coordinator";
        identityService.setAuthentication(user, List.of(group), List.of(municipalityCode));
        try {
            Task task = openTasks(cycle, taskKey).stream()
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No open task " + taskKey + "; the cycle waits at "
                            + runtimeService.getActiveActivityIds(cycle.getId())));
            assertThat(taskService.getIdentityLinksForTask(task.getId()))
                    .extracting(link -> link.getGroupId())
                    .as("candidate groups of " + taskKey)
                    .contains(group);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance decisionOf(ProcessInstance cycle) {
        return runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(cycle.getId())
                .processDefinitionKey("municipalDecision")
                .singleResult();
    }

    private void propose(ProcessInstance decision, String type) {
        identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
        try {
            Map<String, Object> proposal = new HashMap<>();
            proposal.put("decisionType", type);
            proposal.put("decisionTitle", "Beslut i IAVP-cykeln");
            proposal.put("decisionDescription", "Underlag från kommunteamet.");
            proposal.put("mandate", "Teamet får arbeta med de fem stegen.");
            proposal.put("resourcesSek", 10_000);
            proposal.put("resourcesHours", 40);
            proposal.put("followUpDate", EngineClock.today().plusMonths(6).toString());
            taskService.complete(taskOf(decision, "prepareProposal").getId(), proposal);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Decided by a user of the group the routing chose: the kommunchef (manager) or the board's chair. */
    private void decide(ProcessInstance decision, String verdict, String comment) {
        String group = (String) runtimeService.getVariable(decision.getId(), "deciderGroup");
        String user = "board-chair".equals(group) ? "chair-2417" : "manager-2417";
        identityService.setAuthentication(user, List.of(group), List.of("2417"));
        try {
            Map<String, Object> variables = new HashMap<>();
            variables.put("verdict", verdict);
            variables.put("verdictComment", comment);
            taskService.complete(taskOf(decision, "approveDecision").getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task taskOf(ProcessInstance instance, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(key)
                .singleResult();
    }

    private List<Task> openTasks(ProcessInstance cycle, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(cycle.getId())
                .taskDefinitionKey(key)
                .list();
    }

    private void runProgressCheck(ProcessInstance cycle) {
        Job check = managementService
                .createJobQuery()
                .processInstanceId(cycle.getId())
                .activityId("progressCheckDue")
                .singleResult();
        execute(check);
    }

    private static Map<String, Object> collaboration() {
        return Variables.createVariables()
                .putValue("arenas", "Skolan och fritidsgården")
                .putValueTyped(
                        "departments",
                        SpinValues.jsonValue("[\"SCHOOL\",\"SOCIAL_SERVICES\"]").create());
    }

    private static Map<String, Object> team() {
        return Map.of(
                "coordinatorName", "Anna",
                "coordinatorDepartment", "SOCIAL_SERVICES",
                "representative_SCHOOL", "Bo",
                "representative_LEISURE_CULTURE", "Cia, Dan");
    }

    private static Map<String, Object> vision() {
        // Tasklist submits an unticked checklist as an empty JSON list; the checklist is optional.
        return Map.of("vision", "Ett Norsjö fritt från våld.", "readiness", "MEDIUM", "visionChecklist", json("[]"));
    }

    private static Map<String, Object> situationChecklist() {
        return Map.of("situationChecklist", json("[\"GENDER_SPLIT\",\"PYRAMID\"]"));
    }

    private static Object json(String text) {
        return SpinValues.jsonValue(text).create();
    }
}
