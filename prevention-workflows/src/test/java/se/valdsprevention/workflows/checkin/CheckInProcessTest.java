package se.valdsprevention.workflows.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static se.valdsprevention.workflows.Refusals.refusal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.InvalidSubmissionException;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * The check-in process on the engine as a county runs it (Spring Boot, H2, Flyway): started as the
 * IAVP cycle starts it, held by the county officer through the form's variables, its actions
 * carried out by the team while the engine's clock moves.
 */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class CheckInProcessTest {

    static final ZonedDateTime CHECK_IN_MORNING =
            LocalDateTime.of(2026, 11, 23, 9, 0).atZone(EngineClock.zone());
    static final String NORSJO = "2417";
    static final String STEP = "Steg 2: Beskriv våld som problem";

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
    MeetingRevisions meetings;

    @Autowired
    CheckInProtocols protocols;

    @Autowired
    TeamMembers teamMembers;

    @BeforeEach
    void startTheDay() {
        init(engine);
        moveClockTo(CHECK_IN_MORNING);
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void eachActionIsTheAssigneesTaskAndAnOverdueOneIsFollowedUpByTheCoordinatorAndTheTeamUntilDone() {
        ProcessInstance checkIn = start();
        assertThat(checkIn).isWaitingAt("holdCheckIn");
        assertThat(holdTask(checkIn)).hasCandidateGroup("county-officer");
        assertThat((String) runtimeService.getVariable(checkIn.getId(), "agenda"))
                .startsWith("Aktuellt steg: " + STEP);

        hold(
                checkIn,
                checkInForm(List.of(
                        action("Ta fram skolenkätens resultat uppdelat på flickor och pojkar.", "erik", "2026-12-10"),
                        action("Boka ett möte med räddningstjänsten om trygghetsvandringar.", "lena", "2026-12-01"))));

        String meetingId = (String) runtimeService.getVariable(checkIn.getId(), "meetingId");
        MeetingRevision recorded = meetings.latest(meetingId).orElseThrow();
        assertThat(recorded.revision()).isEqualTo(1);
        assertThat(recorded.author()).isEqualTo("officer-24");
        assertThat(recorded.processInstanceId()).isEqualTo(checkIn.getId());
        Meeting meeting = recorded.meeting();
        assertThat(meeting.municipalityCode()).isEqualTo(NORSJO);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(meeting.agenda()).first().isEqualTo("Aktuellt steg: " + STEP);
        assertThat(meeting.attendance())
                .extracting(a -> a.memberId(), a -> a.status(), a -> a.substituteName())
                .containsExactly(
                        tuple("anna", AttendanceStatus.PRESENT, null),
                        tuple("erik", AttendanceStatus.ABSENT, null),
                        tuple("lena", AttendanceStatus.SUBSTITUTE, "Per Nord"));
        assertThat(meeting.actions())
                .extracting(MeetingAction::id, MeetingAction::assigneeMemberId, MeetingAction::status)
                .containsExactly(
                        tuple("action-1", "erik", ActionStatus.OPEN), tuple("action-2", "lena", ActionStatus.OPEN));
        assertThat(runtimeService.getVariables(checkIn.getId()))
                .containsEntry("actionCount", 2)
                .doesNotContainKeys("present", "absent", "substitutes", "action1Description", "notes", "meetingDate");

        Task eriks = actionTask(checkIn, "erik");
        Task lenas = actionTask(checkIn, "lena");
        assertThat(eriks).hasName("Åtgärd från månadsavstämningen");
        assertThat(candidateGroups(eriks)).containsExactly("team-member");
        assertThat(eriks.getDueDate()).isEqualTo(startOf(LocalDate.of(2026, 12, 10)));
        assertThat(lenas.getDueDate()).isEqualTo(startOf(LocalDate.of(2026, 12, 1)));
        assertThat(taskService.getVariable(lenas.getId(), "actionDescription"))
                .isEqualTo("Boka ett möte med räddningstjänsten om trygghetsvandringar.");

        moveClockTo(CHECK_IN_MORNING.plusDays(7));
        as("erik", "team-member");
        taskService.complete(eriks.getId());
        assertThat(meetings.current(meetingId).actions())
                .extracting(MeetingAction::status)
                .containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
        assertThat(meetings.latest(meetingId).orElseThrow().author()).isEqualTo("erik");

        Job overdue = managementService
                .createJobQuery()
                .processInstanceId(checkIn.getId())
                .activityId("actionOverdue")
                .singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 12, 2)));
        moveClockTo(CHECK_IN_MORNING.plusDays(9));
        execute(overdue);

        Task followUp = taskService
                .createTaskQuery()
                .processInstanceId(checkIn.getId())
                .taskDefinitionKey("followUpOverdueAction")
                .singleResult();
        assertThat(followUp)
                .hasName("Försenad åtgärd: Boka ett möte med räddningstjänsten om trygghetsvandringar.")
                .isNotAssigned();
        assertThat(candidateGroups(followUp)).containsExactlyInAnyOrder("coordinator", "team-member");
        assertThat(idsOfTasksFor("coordinator")).contains(followUp.getId());
        assertThat(idsOfTasksFor("team-member")).contains(followUp.getId());

        as("lena", "team-member");
        taskService.complete(lenas.getId());

        assertThat(checkIn).hasPassed("actionDone", "allActionsDone").isEnded();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(checkIn.getId())
                        .count())
                .isZero();
        assertThat(meetings.history(meetingId))
                .extracting(MeetingRevision::revision, MeetingRevision::author)
                .containsExactly(tuple(1, "officer-24"), tuple(2, "erik"), tuple(3, "lena"));
        assertThat(meetings.current(meetingId).actions())
                .extracting(MeetingAction::status)
                .containsOnly(ActionStatus.DONE);
    }

    @Test
    void theNextCheckInsAgendaListsTheOverdueActionOfThePreviousOneAndWhatElseIsOpen() {
        ProcessInstance first = start();
        hold(first, checkInForm(List.of(action("Ta fram polisens lägesbild för Norsjö.", "anna", "2026-11-30"))));
        as("coordinator-2417", "coordinator");
        runtimeService.startProcessInstanceByKey("municipalDecision", Map.of("municipalityCode", NORSJO));
        identityService.clearAuthentication();

        moveClockTo(CHECK_IN_MORNING.plusMonths(1));
        ProcessInstance next = start();

        String agenda = (String) runtimeService.getVariable(next.getId(), "agenda");
        assertThat(agenda.lines())
                .startsWith("Aktuellt steg: " + STEP)
                .contains(
                        "Försenad åtgärd: Ta fram polisens lägesbild för Norsjö. (ansvarig anna, klar senast 2026-11-30,"
                                + " från avstämningen 2026-11-23)",
                        "Beslut som väntar: förslaget tas fram",
                        "Öppen uppgift: Förbered beslutsförslag")
                .noneMatch(line -> line.contains("Åtgärd från månadsavstämningen"));
        assertThat(agenda.indexOf("Försenad åtgärd")).isLessThan(agenda.indexOf("Öppen uppgift"));
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedTheTaskStaysOpenAndNothingIsStored() {
        ProcessInstance checkIn = start();
        long before = meetings.countIn(NORSJO);
        Map<String, Object> bad = checkInForm(List.of(
                action(" ", "erik", "2026-12-10"),
                action("Boka lokal.", "", "2026-11-20"),
                action("Skriv inbjudan.", "lena", "nästa vecka")));
        bad.put("substitutes", "lena Per Nord");
        bad.put("notes", "x".repeat(10_001));
        bad.put("meetingDate", "2026-11-24");

        assertThatThrownBy(() -> hold(checkIn, bad))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .containsExactlyInAnyOrder(
                                "meetingDate",
                                "notes",
                                "substitutes",
                                "action1Description",
                                "action2Assignee",
                                "action2DueDate",
                                "action3DueDate"));

        assertThat(checkIn).isWaitingAt("holdCheckIn");
        assertThat(meetings.countIn(NORSJO)).isEqualTo(before);
    }

    @Test
    void aSubstituteNeedsANameEachMemberIsListedOnceAndFiftyLinesAreTheMost() {
        ProcessInstance checkIn = start();
        Map<String, Object> attendance = checkInForm(List.of());
        attendance.put("substitutes", "lena:   ");
        assertThatThrownBy(() -> hold(checkIn, attendance))
                .satisfies(e -> assertThat(refusal(e)).hasMessage("Ersättare: ersättarens namn: måste fyllas i."));

        attendance.put("substitutes", "");
        attendance.put("absent", "erik\nanna");
        assertThatThrownBy(() -> hold(checkIn, attendance))
                .satisfies(e -> assertThat(refusal(e)).hasMessage("Frånvarande: 'anna' står med mer än en gång."));

        attendance.put("absent", "");
        attendance.put(
                "present", IntStream.range(0, 51).mapToObj(i -> "ledamot-" + i).collect(Collectors.joining("\n")));
        assertThatThrownBy(() -> hold(checkIn, attendance))
                .satisfies(e -> assertThat(refusal(e)).hasMessage("Närvarande: får ha högst 50 rader (nu 51)."));
        assertThat(checkIn).isWaitingAt("holdCheckIn");
    }

    @Test
    void aCheckInWithoutActionsEndsOnceItIsRecorded() {
        ProcessInstance checkIn = start();

        hold(checkIn, checkInForm(List.of()));

        assertThat(checkIn).hasPassed("recordCheckIn", "noActions").isEnded();
        String meetingId = (String) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(checkIn.getId())
                .variableName("meetingId")
                .singleResult()
                .getValue();
        assertThat(meetings.current(meetingId).actions()).isEmpty();
        assertThat(meetings.current(meetingId).notes()).isEqualTo("Teamet valde att börja med skolans statistik.");
    }

    @Test
    void aProtocolWrittenOnThePageIsCheckedAgainWhenTheTaskIsCompletedAndItsActionsBecomeTasks() {
        for (String member : List.of("sara-page", "tove-page")) {
            teamMembers.save(
                    NORSJO,
                    new TeamMember(
                            member,
                            "Namn " + member,
                            TeamRole.TEAM_MEMBER,
                            Department.SCHOOL,
                            null,
                            LocalDate.of(2026, 1, 1),
                            null),
                    "test",
                    EngineClock.now());
        }
        ProcessInstance checkIn = start();
        as("coordinator-2417", "coordinator");
        OpenCheckIn open = protocols.open(NORSJO, checkIn.getId()).orElseThrow();
        assertThat(open.agenda()).startsWith("Aktuellt steg: " + STEP);
        Meeting protocol = new Meeting(
                open.meetingId(),
                NORSJO,
                LocalDate.of(2026, 11, 23),
                List.of("Aktuellt steg"),
                List.of(new Attendance("sara-page", AttendanceStatus.PRESENT, null)),
                null,
                List.of(
                        new MeetingAction(
                                "action-1", "Boka lokal.", "tove-page", LocalDate.of(2026, 11, 25), ActionStatus.OPEN),
                        new MeetingAction(
                                "action-2",
                                "Skriv inbjudan.",
                                "sara-page",
                                LocalDate.of(2026, 12, 1),
                                ActionStatus.OPEN)));
        protocols.saveDraft(open, protocol, 0, "coordinator-2417", id -> "Namn " + id);
        assertThatThrownBy(() -> protocols.saveDraft(open, protocol, 0, "coordinator-2417", id -> id))
                .isInstanceOf(StaleProtocolException.class);
        assertThat((String) runtimeService.getVariable(checkIn.getId(), "checkInSummary"))
                .contains(
                        "Närvarande: Namn sara-page",
                        "1. Boka lokal. – ansvarig Namn tove-page, klart senast 2026-11-25");

        ProcessInstance another = start();
        assertThat((String) runtimeService.getVariable(another.getId(), "agenda"))
                .as("a draft's actions are not agreed yet")
                .doesNotContain("Boka lokal.");

        moveClockTo(CHECK_IN_MORNING.plusDays(3));
        assertThatThrownBy(() -> hold(checkIn, Map.of()))
                .satisfies(e -> assertThat(refusal(e).getProblems())
                        .extracting(InvalidSubmissionException.Problem::field)
                        .containsExactly("actions[0].dueDate"));
        assertThat(checkIn).isWaitingAt("holdCheckIn");

        moveClockTo(CHECK_IN_MORNING);
        hold(checkIn, Map.of());

        assertThat(actionTask(checkIn, "tove-page")).isNotNull();
        assertThat(actionTask(checkIn, "sara-page")).isNotNull();
        assertThat(meetings.history(open.meetingId())).hasSize(1);
    }

    /** Started as the cycle's timer starts it: no user, the cycle's variables. */
    private ProcessInstance start() {
        identityService.clearAuthentication();
        return runtimeService.startProcessInstanceByKey(
                "checkIn", Map.of("municipalityCode", NORSJO, "cycleId", "cycle-2417", "currentStep", STEP));
    }

    private void hold(ProcessInstance checkIn, Map<String, Object> variables) {
        as("officer-24", "county-officer");
        taskService.complete(holdTask(checkIn).getId(), variables);
    }

    private Task holdTask(ProcessInstance checkIn) {
        return taskService
                .createTaskQuery()
                .processInstanceId(checkIn.getId())
                .taskDefinitionKey("holdCheckIn")
                .singleResult();
    }

    private Task actionTask(ProcessInstance checkIn, String assignee) {
        return taskService
                .createTaskQuery()
                .processInstanceId(checkIn.getId())
                .taskDefinitionKey("carryOutAction")
                .taskAssignee(assignee)
                .singleResult();
    }

    private List<String> idsOfTasksFor(String group) {
        return taskService.createTaskQuery().taskCandidateGroup(group).list().stream()
                .map(Task::getId)
                .toList();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .collect(Collectors.toList());
    }

    /** The variables the form "Genomför månadsavstämning" submits from Tasklist: one field per answer. */
    private static Map<String, Object> checkInForm(List<Map<String, Object>> actions) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("meetingDate", "2026-11-23");
        variables.put("present", "anna");
        variables.put("absent", "erik");
        variables.put("substitutes", "lena: Per Nord");
        variables.put("notes", "Teamet valde att börja med skolans statistik.");
        for (int i = 0; i < actions.size(); i++) {
            variables.put("action" + (i + 1) + "Description", actions.get(i).get("description"));
            variables.put("action" + (i + 1) + "Assignee", actions.get(i).get("assignee"));
            variables.put("action" + (i + 1) + "DueDate", actions.get(i).get("dueDate"));
        }
        return variables;
    }

    private static Map<String, Object> action(String description, String assignee, String dueDate) {
        return Map.of("description", description, "assignee", assignee, "dueDate", dueDate);
    }

    private void as(String user, String... groups) {
        identityService.setAuthentication(user, List.of(groups), List.of(NORSJO));
    }

    private static void moveClockTo(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(EngineClock.zone()).toInstant());
    }
}
