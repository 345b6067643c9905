package se.valdsprevention.workflows.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static se.valdsprevention.workflows.Refusals.refusal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/** Members join, stand in and leave the municipal team through the team processes, as the coordinator runs them. */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class TeamProcessesTest {

    static final ZonedDateTime MONDAY = LocalDateTime.of(2027, 2, 1, 9, 0).atZone(EngineClock.zone());
    static final LocalDate TODAY = MONDAY.toLocalDate();

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    TeamMembers teamMembers;

    @BeforeEach
    void startTheWeek() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void aNewMemberIsIntroducedAndBecomesActiveInTheTeamAndInCamunda() {
        ProcessInstance onboarding = startOnboarding("2417");
        complete(onboarding, "registerMember", newMember("lena-lund-2417", "Lena Lund", "SCHOOL", null));
        complete(
                onboarding,
                "planIntroduction",
                Map.of(
                        "introductionDate",
                        TODAY.plusDays(3).toString(),
                        "introductionParticipants",
                        "Samordnaren, länsstyrelsen"));

        assertThat(onboarding).isWaitingAt("confirmBasicTraining");
        assertThat((String) runtimeService.getVariable(onboarding.getId(), "introductionPackage"))
                .contains("Roll: teammedlem")
                .contains("Kommunen har ingen fastställd lägesbild ännu.");
        confirmTrainingAndFirstMeeting(onboarding);

        assertThat(onboarding).isWaitingAt("thirtyDaysPassed");
        assertThat(teamMembers.active("2417", "lena-lund-2417", TODAY)).isPresent();
        assertThat(identityService
                        .createUserQuery()
                        .userId("lena-lund-2417")
                        .memberOfGroup("team-member")
                        .count())
                .isOne();
        assertThat(identityService
                        .createTenantQuery()
                        .userMember("lena-lund-2417")
                        .list())
                .extracting(tenant -> tenant.getId())
                .containsExactly("2417");
        assertThat(job(onboarding).getDuedate())
                .isEqualTo(Date.from(TODAY.plusDays(30)
                        .atTime(8, 0)
                        .atZone(EngineClock.zone())
                        .toInstant()));

        ClockUtil.setCurrentTime(job(onboarding).getDuedate());
        execute(job(onboarding));
        complete(onboarding, "checkInAfterThirtyDays", Map.of("thirtyDayNote", "Lena har kommit in bra i arbetet."));

        assertThat(onboarding).isEnded();
    }

    @Test
    void aSubstituteIsRegisteredForAnActiveMember() {
        teamMembers.save(
                "2417",
                member("ordinarie-2417", Department.SOCIAL_SERVICES, TeamRole.TEAM_MEMBER),
                "test",
                EngineClock.now());
        ProcessInstance onboarding = startOnboarding("2417");

        complete(
                onboarding,
                "registerMember",
                newMember("ersattare-2417", "Per Nord", "SOCIAL_SERVICES", "ordinarie-2417"));
        completeIntroduction(onboarding);

        TeamMember substitute =
                teamMembers.active("2417", "ersattare-2417", TODAY).orElseThrow();
        assertThat(substitute.substituteFor()).isEqualTo("ordinarie-2417");
    }

    @Test
    void aDepartureWithoutAGapEndsAccessAndHandsTheOpenTasksToTheCoordinators() {
        for (String id : List.of("skola-a-2417", "skola-b-2417")) {
            teamMembers.save("2417", member(id, Department.SCHOOL, TeamRole.TEAM_MEMBER), "test", EngineClock.now());
        }
        seedRequiredDepartmentsExcept("2417", Department.SCHOOL);
        identityService.saveUser(identityService.newUser("skola-a-2417"));
        identityService.createMembership("skola-a-2417", "team-member");
        identityService.createTenantUserMembership("2417", "skola-a-2417");
        ProcessInstance other = startOnboarding("2417");
        String assigned = task(other, "registerMember").getId();
        taskService.setAssignee(assigned, "skola-a-2417");

        ProcessInstance departure = startDeparture("2417");
        complete(
                departure, "registerDeparture", Map.of("leavingMemberId", "skola-a-2417", "lastDay", TODAY.toString()));

        assertThat(departure).hasPassed("departureHandled").isEnded();
        assertThat(teamMembers.active("2417", "skola-a-2417", TODAY.plusDays(1)))
                .isEmpty();
        assertThat(identityService
                        .createTenantQuery()
                        .userMember("skola-a-2417")
                        .count())
                .isZero();
        assertThat(identityService
                        .createGroupQuery()
                        .groupMember("skola-a-2417")
                        .count())
                .isZero();
        Task handedOver = taskService.createTaskQuery().taskId(assigned).singleResult();
        assertThat(handedOver.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(assigned))
                .extracting(link -> link.getGroupId())
                .contains("coordinator");
    }

    @Test
    void aDepartureThatLeavesADepartmentUnrepresentedGivesTheManagerATaskAndStartsTheReplacementsIntroduction() {
        teamMembers.save("2422", member("polis-2422", Department.POLICE, TeamRole.POLICE), "test", EngineClock.now());
        seedRequiredDepartmentsExcept("2422", Department.POLICE);

        ProcessInstance departure = startDeparture("2422");
        complete(departure, "registerDeparture", Map.of("leavingMemberId", "polis-2422", "lastDay", TODAY.toString()));

        assertThat(departure).isWaitingAt("appointReplacement");
        assertThat(departure)
                .variables()
                .containsEntry("gapDepartment", "POLICE")
                .containsEntry("gapDepartmentLabel", "polis");
        assertThat(taskService.getIdentityLinksForTask(
                        task(departure, "appointReplacement").getId()))
                .extracting(link -> link.getGroupId())
                .containsExactly("manager");
        identityService.setAuthentication("manager-2422", List.of("manager"), List.of("2422"));
        taskService.complete(
                task(departure, "appointReplacement").getId(),
                Map.of(
                        "replacementName",
                        "Sara Polis",
                        "replacementId",
                        "sara-polis-2422",
                        "replacementStartDate",
                        TODAY.plusDays(14).toString()));

        assertThat(departure).isEnded();
        ProcessInstance replacement = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("teamOnboarding")
                .variableValueEquals("memberId", "sara-polis-2422")
                .singleResult();
        assertThat(replacement.getTenantId()).isEqualTo("2422");
        assertThat(replacement).isWaitingAt("registerMember");
        assertThat(replacement)
                .variables()
                .containsEntry("memberDepartment", "POLICE")
                .containsEntry("memberRole", "POLICE");
    }

    @Test
    void badRegistrationsAreRefusedWithTheFieldsNamed() {
        teamMembers.save(
                "2417", member("redan-med-2417", Department.SCHOOL, TeamRole.TEAM_MEMBER), "test", EngineClock.now());
        ProcessInstance onboarding = startOnboarding("2417");
        Map<String, Object> bad = newMember("redan-med-2417", "Redan Med", "BAKERY", "ingen-alls");
        bad.put("memberStartDate", TODAY.minusDays(31).toString());

        assertThatThrownBy(() -> complete(onboarding, "registerMember", bad))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .containsExactlyInAnyOrder("memberId", "memberDepartment", "memberStartDate", "substituteFor"));
        Map<String, Object> duplicate = newMember("redan-med-2417", "Redan Med", "SCHOOL", null);
        assertThatThrownBy(() -> complete(onboarding, "registerMember", duplicate))
                .satisfies(e -> assertThat(refusal(e))
                        .hasMessage("Användarnamn: 'redan-med-2417' är redan aktiv ledamot i teamet."));
        Map<String, Object> hostile = newMember("Robert'); DROP TABLE", "Robert", "SCHOOL", null);
        assertThatThrownBy(() -> complete(onboarding, "registerMember", hostile))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .contains("memberId"));

        assertThat(onboarding).isWaitingAt("registerMember");
        assertThat(teamMembers.team("2417").members())
                .extracting(TeamMember::id)
                .doesNotContain("Robert'); DROP TABLE");
    }

    private void completeIntroduction(ProcessInstance onboarding) {
        complete(
                onboarding,
                "planIntroduction",
                Map.of(
                        "introductionDate",
                        TODAY.plusDays(3).toString(),
                        "introductionParticipants",
                        "Samordnaren och länsstyrelsen"));
        confirmTrainingAndFirstMeeting(onboarding);
    }

    private void confirmTrainingAndFirstMeeting(ProcessInstance onboarding) {
        complete(
                onboarding,
                "confirmBasicTraining",
                Map.of(
                        "trainingChecklist",
                        SpinValues.jsonValue("[\"PYRAMID\",\"GENDER\",\"FIVE_STEPS\",\"SITUATION\",\"ROLE\"]")
                                .create()));
        complete(
                onboarding,
                "confirmFirstMeeting",
                Map.of("firstMeetingDate", TODAY.plusDays(7).toString()));
    }

    private void seedRequiredDepartmentsExcept(String municipalityCode, Department except) {
        for (Department department : List.of(
                Department.SOCIAL_SERVICES,
                Department.SCHOOL,
                Department.LEISURE_CULTURE,
                Department.ELDERLY_CARE,
                Department.POLICE)) {
            if (department != except) {
                teamMembers.save(
                        municipalityCode,
                        member(
                                "seed-" + department.name().toLowerCase().replace('_', '-') + "-" + municipalityCode,
                                department,
                                TeamRole.TEAM_MEMBER),
                        "test",
                        EngineClock.now());
            }
        }
    }

    private static TeamMember member(String id, Department department, TeamRole role) {
        return new TeamMember(id, "Ledamot " + id, role, department, null, TODAY.minusMonths(6), null);
    }

    private static Map<String, Object> newMember(String id, String name, String department, String substituteFor) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("memberId", id);
        variables.put("memberName", name);
        variables.put("memberDepartment", department);
        variables.put("memberRole", "TEAM_MEMBER");
        variables.put("memberStartDate", TODAY.toString());
        variables.put("substituteFor", substituteFor);
        return variables;
    }

    private ProcessInstance startOnboarding(String municipalityCode) {
        return startAsCoordinator("teamOnboarding", municipalityCode);
    }

    private ProcessInstance startDeparture(String municipalityCode) {
        return startAsCoordinator("teamDeparture", municipalityCode);
    }

    private ProcessInstance startAsCoordinator(String processKey, String municipalityCode) {
        identityService.setAuthentication(
                "coordinator-" + municipalityCode, List.of("coordinator"), List.of(municipalityCode));
        try {
            return runtimeService.startProcessInstanceByKey(processKey, Map.of("municipalityCode", municipalityCode));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        identityService.setAuthentication(
                "coordinator-" + instance.getTenantId(), List.of("coordinator"), List.of(instance.getTenantId()));
        try {
            taskService.complete(task(instance, taskKey).getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task task(ProcessInstance instance, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(key)
                .singleResult();
    }
}
