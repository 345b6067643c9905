package se.valdsprevention.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.form.InvalidSubmissionException;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * The check-in protocol written on the page: attendance among the registered team, any number of actions, a
 * draft saved as a meeting revision and the task completed from the page; the older way through Tasklist's fixed
 * fields still works; who may read and write; and bad input refused in Swedish with nothing saved.
 */
class CheckInProtocolPageTest extends WorkspaceTest {

    static final String NORSJO = "2417";
    static final String STEP = "Steg 2: Beskriv våld som problem";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    TeamMembers teamMembers;

    @Autowired
    MeetingRevisions meetings;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @AfterEach
    void clearUser() {
        identityService.clearAuthentication();
    }

    @Test
    void theCoordinatorWritesTheProtocolWithThreeActionsAndCompletesTheCheckInFromThePage() {
        List<String> team = registerTeam(NORSJO, 3);
        String checkIn = startCheckIn(NORSJO);
        String path = "/kommuner/" + NORSJO + "/avstamningar/" + checkIn;
        PageSession coordinator = loggedIn("coordinator-2417");

        Page page = coordinator.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().selectFirst("#agenda").wholeText()).startsWith("Aktuellt steg: " + STEP);
        assertThat(page.document().select("#actions fieldset.action")).hasSize(1);

        Page twoRows = coordinator.submitOn(page, "#protocol", Map.of("do", "add"));
        assertThat(twoRows.status()).isEqualTo(200);
        Page threeRows = coordinator.submitOn(twoRows, "#protocol", Map.of("do", "add"));
        assertThat(threeRows.document().select("#actions fieldset.action")).hasSize(3);
        assertThat(threeRows.document().select("#actions select#actionOwner2 option"))
                .extracting(Element::val)
                .contains(team.get(0), team.get(1), team.get(2));
        assertThat(meetingId(checkIn)).as("adding rows saves nothing").isNull();

        Map<String, String> protocol = new HashMap<>();
        protocol.put("meetingDate", today.toString());
        protocol.put("notes", "Teamet valde att börja med skolans statistik.");
        protocol.putAll(attendance(threeRows, team.get(0), "PRESENT", ""));
        protocol.putAll(attendance(threeRows, team.get(1), "ABSENT", ""));
        protocol.putAll(attendance(threeRows, team.get(2), "SUBSTITUTE", "Per Nord"));
        String due = today.plusDays(20).toString();
        protocol.putAll(action(0, "Ta fram skolenkätens resultat uppdelat på flickor och pojkar.", team.get(0), due));
        protocol.putAll(action(1, "Boka ett möte med räddningstjänsten.", team.get(1), due));
        protocol.putAll(action(2, "Bjud in civilsamhället till nästa möte.", team.get(2), due));
        protocol.put("do", "save");
        Page saved = coordinator.submitOn(threeRows, "#protocol", protocol);
        assertThat(saved.redirectsTo(path + "?sparat=1")).as(saved.mainText()).isTrue();

        String meetingId = meetingId(checkIn);
        assertThat(meetings.latest(meetingId).orElseThrow().author()).isEqualTo("coordinator-2417");
        assertThat((String) runtimeService.getVariable(checkIn, "checkInSummary"))
                .contains(
                        "Närvarande: " + name(team.get(0)),
                        "Frånvarande: " + name(team.get(1)),
                        "Ersättare: " + name(team.get(2)) + " (ersättare: Per Nord)",
                        "Åtgärder (3):");
        assertThat(holdTask(checkIn)).as("a draft leaves the task open").isNotNull();

        Page draft = coordinator.get(saved.location());
        assertThat(draft.mainText()).contains("Utkastet är sparat (version 1)");
        assertThat(draft.document().select("#actions fieldset.action")).hasSize(3);
        assertThat(draft.document().selectFirst("#actionDescription1").wholeText())
                .isEqualTo("Boka ett möte med räddningstjänsten.");

        Page done = coordinator.submitOn(draft, "#protocol", Map.of("do", "complete"));
        assertThat(done.redirectsTo("/kommuner/2417/avstamningar?slutford&atgarder=3"))
                .as(done.mainText())
                .isTrue();

        assertThat(holdTask(checkIn)).as("the check-in's task is completed").isNull();
        List<Task> actions = taskService
                .createTaskQuery()
                .processInstanceId(checkIn)
                .taskDefinitionKey("carryOutAction")
                .list();
        assertThat(actions)
                .extracting(Task::getName, Task::getAssignee)
                .containsExactlyInAnyOrder(
                        tuple("Åtgärd från månadsavstämningen", team.get(0)),
                        tuple("Åtgärd från månadsavstämningen", team.get(1)),
                        tuple("Åtgärd från månadsavstämningen", team.get(2)));
        Meeting held = meetings.current(meetingId);
        assertThat(held.attendance())
                .extracting(a -> a.memberId(), a -> a.status(), a -> a.substituteName())
                .containsExactlyInAnyOrder(
                        tuple(team.get(0), AttendanceStatus.PRESENT, null),
                        tuple(team.get(1), AttendanceStatus.ABSENT, null),
                        tuple(team.get(2), AttendanceStatus.SUBSTITUTE, "Per Nord"));
        assertThat(held.actions()).extracting(MeetingAction::dueDate).containsOnly(LocalDate.parse(due));

        Page list = coordinator.open(done.location());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.mainText())
                .contains("Avstämningen är slutförd", "3 överenskomna åtgärder har blivit uppgifter");
        Element row = list.document().selectFirst("a[href$=" + meetingId + "]").closest("tr");
        assertThat(row.text())
                .contains(today.toString(), "Genomförd", name(team.get(0)), name(team.get(2)) + " (ersättare Per Nord)")
                .doesNotContain(name(team.get(1)));
        assertThat(row.select("td").get(3).text()).isEqualTo("3");
        assertThat(row.select("td").get(4).text()).isEqualTo("öppen: 3");

        Page read = coordinator.get("/kommuner/2417/avstamningar/" + meetingId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.mainText()).contains("Bjud in civilsamhället till nästa möte.", "Per Nord");
    }

    @Test
    void theOldFixedFieldsThroughTaskServiceStillRecordTheCheckIn() {
        List<String> team = registerTeam(NORSJO, 2);
        String checkIn = startCheckIn(NORSJO);
        Map<String, Object> variables = new HashMap<>();
        variables.put("meetingDate", today.toString());
        variables.put("present", team.get(0));
        variables.put("absent", "");
        variables.put("substitutes", team.get(1) + ": Per Nord");
        variables.put("notes", "Gamla formuläret.");
        variables.put("action1Description", "Boka lokal.");
        variables.put("action1Assignee", team.get(1));
        variables.put("action1DueDate", today.plusDays(7).toString());

        identityService.setAuthentication("county-24", List.of("county-officer"), List.of(NORSJO, "2422"));
        taskService.complete(holdTask(checkIn).getId(), variables);
        identityService.clearAuthentication();

        assertThat(holdTask(checkIn)).isNull();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(checkIn)
                        .taskDefinitionKey("carryOutAction")
                        .singleResult()
                        .getAssignee())
                .isEqualTo(team.get(1));
        assertThat(meetings.current(meetingId(checkIn)).notes()).isEqualTo("Gamla formuläret.");
    }

    @Test
    void tasklistCompletesWithTheProtocolWrittenOnThePageAndRefusesWhenNoneIsWritten() {
        List<String> team = registerTeam(NORSJO, 1);
        String checkIn = startCheckIn(NORSJO);
        identityService.setAuthentication("county-24", List.of("county-officer"), List.of(NORSJO, "2422"));
        String taskId = holdTask(checkIn).getId();
        assertThatThrownBy(() -> taskService.complete(taskId))
                .isInstanceOfSatisfying(
                        InvalidSubmissionException.class,
                        refused -> assertThat(refused.getProblems())
                                .extracting(InvalidSubmissionException.Problem::field)
                                .containsExactly("protocol"));
        identityService.clearAuthentication();
        assertThat(runtimeService.getVariable(checkIn, "checkInProtocolPath"))
                .isEqualTo("/kommuner/2417/avstamningar/" + checkIn);

        PageSession teamMember = loggedIn("team-2417");
        String path = "/kommuner/" + NORSJO + "/avstamningar/" + checkIn;
        Page page = teamMember.get(path);
        Map<String, String> protocol = new HashMap<>(attendance(page, team.get(0), "PRESENT", ""));
        protocol.putAll(
                action(0, "Skriv inbjudan.", team.get(0), today.plusDays(3).toString()));
        protocol.put("do", "save");
        assertThat(teamMember.submitOn(page, "#protocol", protocol).status()).isEqualTo(302);

        identityService.setAuthentication("county-24", List.of("county-officer"), List.of(NORSJO, "2422"));
        taskService.complete(taskId);
        identityService.clearAuthentication();

        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(checkIn)
                        .taskDefinitionKey("carryOutAction")
                        .singleResult()
                        .getAssignee())
                .isEqualTo(team.get(0));
        assertThat(meetings.history(meetingId(checkIn))).hasSize(1);
    }

    @Test
    void readersReadWritersWriteAndOtherMunicipalitiesDoNotSeeIt() {
        registerTeam(NORSJO, 1);
        String checkIn = startCheckIn(NORSJO);
        String path = "/kommuner/" + NORSJO + "/avstamningar/" + checkIn;
        String list = "/kommuner/" + NORSJO + "/avstamningar";

        for (String writer : List.of("coordinator-2417", "team-2417")) {
            PageSession session = loggedIn(writer);
            assertThat(session.get(list).status()).as(writer).isEqualTo(200);
            assertThat(session.get(path).document().select("form#protocol"))
                    .as(writer)
                    .hasSize(1);
        }
        for (String reader : List.of("manager-2417", "police-2417", "county-24")) {
            PageSession session = loggedIn(reader);
            assertThat(session.get(list).status()).as(reader).isEqualTo(200);
            Page page = session.get(path);
            assertThat(page.status()).as(reader).isEqualTo(200);
            assertThat(page.document().select("form#protocol")).as(reader).isEmpty();
            assertThat(page.mainText()).contains("Du kan läsa protokollet men inte ändra det.");
            Page post = session.post(path, validPost(session.csrfToken(path), "save"));
            assertThat(post.status()).as(reader + " posting").isEqualTo(403);
        }
        PageSession sorsele = loggedIn("coordinator-2422");
        assertThat(sorsele.get(list).status()).isEqualTo(404);
        assertThat(sorsele.get(path).status()).isEqualTo(404);
        assertThat(sorsele.post(path, validPost(sorsele.csrfToken("/"), "save")).status())
                .isEqualTo(404);
        assertThat(loggedIn("coordinator-2417")
                        .get("/kommuner/2417/avstamningar/finns-inte")
                        .status())
                .isEqualTo(404);

        PageSession coordinator = loggedIn("coordinator-2417");
        coordinator.get(path);
        Map<String, List<String>> noToken = validPost("x", "save");
        noToken.remove("_csrf");
        assertThat(coordinator.post(path, noToken).status()).isEqualTo(403);
        assertThat(meetingId(checkIn)).as("nothing saved by a refused post").isNull();
    }

    @Test
    void badInputIsRefusedInSwedishNextToItsFieldAndNothingIsSaved() {
        List<String> team = registerTeam(NORSJO, 2);
        String checkIn = startCheckIn(NORSJO);
        String path = "/kommuner/" + NORSJO + "/avstamningar/" + checkIn;
        PageSession coordinator = loggedIn("coordinator-2417");
        Page page = coordinator.get(path);
        Map<String, String> valid = new HashMap<>(attendance(page, team.get(0), "PRESENT", ""));
        valid.putAll(action(0, "Skriv inbjudan.", team.get(1), today.plusDays(3).toString()));
        valid.put("do", "save");

        assertRefused(coordinator, page, with(valid, "agenda", "  "), "agenda", "Fyll i Dagordning.");
        assertRefused(
                coordinator,
                page,
                with(valid, "actionOwner0", "inbrytare"),
                "actionOwner0",
                "Välj Ansvarig för åtgärd 1 bland kommunens registrerade teammedlemmar.");
        assertRefused(
                coordinator,
                page,
                with(valid, "actionDueDate0", "2020-01-01"),
                "actionDueDate0",
                "Klart senast för åtgärd 1 får inte ligga före dagens datum");
        assertRefused(
                coordinator,
                page,
                with(valid, "actionDueDate0", "2026-02-30"),
                "actionDueDate0",
                "Klart senast för åtgärd 1: Skriv datumet som ÅÅÅÅ-MM-DD");
        assertRefused(
                coordinator,
                page,
                with(valid, "meetingDate", "-0001-01-01"),
                "meetingDate",
                "Datum för avstämningen: Datumet måste ligga mellan 1900-01-01 och 2199-12-31.");
        assertRefused(
                coordinator,
                page,
                with(valid, "notes", "x".repeat(1_048_576)),
                "notes",
                "Anteckningar får vara högst 10000 tecken, du skrev 1048576.");
        Map<String, String> substituteWithoutName = new HashMap<>(valid);
        substituteWithoutName.putAll(attendance(page, team.get(0), "SUBSTITUTE", " "));
        Page refused = assertRefused(
                coordinator,
                page,
                substituteWithoutName,
                rowField(page, team.get(0), "attendanceSubstitute"),
                "Fyll i Ersättarens namn för");
        assertThat(refused.document()
                        .selectFirst("#" + rowField(page, team.get(0), "attendanceStatus") + " option[selected]")
                        .val())
                .as("the user's input is kept")
                .isEqualTo("SUBSTITUTE");
        Map<String, String> nobodyCame = new HashMap<>(valid);
        nobodyCame.putAll(attendance(page, team.get(0), "ABSENT", ""));
        nobodyCame.put("do", "complete");
        assertRefused(coordinator, page, nobodyCame, "attendance", "Ange minst en i teamet som var med");

        Map<String, List<String>> forged = validPost(coordinator.csrfToken(path), "save");
        for (int i = 0; i < 10_000; i++) {
            forged.put("actionDescription" + i, List.of("Åtgärd " + i));
            forged.put("actionOwner" + i, List.of(team.get(0)));
            forged.put("actionDueDate" + i, List.of(today.plusDays(3).toString()));
        }
        long started = System.nanoTime();
        Page tenThousand = coordinator.post(path, forged);
        assertThat(tenThousand.status()).isEqualTo(400);
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds").isLessThan(20);
        assertThat(tenThousand.mainText()).contains("Protokollet kan ha högst 100 åtgärder.");
        assertThat(meetingId(checkIn)).as("nothing saved").isNull();

        Page script = coordinator.submitOn(page, "#protocol", with(valid, "notes", "<script>alert('x')</script>"));
        assertThat(script.status()).isEqualTo(302);
        Page shown = coordinator.get(path);
        assertThat(shown.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(shown.document().selectFirst("#notes").wholeText()).isEqualTo("<script>alert('x')</script>");
        assertThat(meetings.history(meetingId(checkIn))).hasSize(1);

        Page stale = coordinator.submitOn(page, "#protocol", with(valid, "notes", "Min version, skriven samtidigt."));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.mainText()).contains("Någon annan har sparat protokollet medan du skrev");
        assertThat(stale.document().selectFirst("#notes").wholeText()).isEqualTo("Min version, skriven samtidigt.");
        assertThat(meetings.history(meetingId(checkIn)))
                .as("the newer revision is not overwritten")
                .hasSize(1);
        assertThat(meetings.current(meetingId(checkIn)).notes()).isEqualTo("<script>alert('x')</script>");
        assertThat(holdTask(checkIn)).isNotNull();
    }

    private Page assertRefused(
            PageSession session, Page page, Map<String, String> values, String field, String message) {
        Page refused = session.submitOn(page, "#protocol", values);
        assertThat(refused.status()).as(field).isEqualTo(400);
        Document document = refused.document();
        assertThat(document.selectFirst("[role=alert]").text()).as(field).contains(message);
        assertThat(document.selectFirst("[role=alert] a[href=#" + field + "]"))
                .as(field)
                .isNotNull();
        Element next = document.getElementById(field + "-fel");
        assertThat(next).as("message next to " + field).isNotNull();
        assertThat(next.text()).contains(message);
        Element input = document.getElementById(field);
        if (!input.is("fieldset")) {
            assertThat(input.attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(input.attr("aria-describedby")).contains(field + "-fel");
        return refused;
    }

    private Map<String, List<String>> validPost(String csrf, String command) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("_csrf", List.of(csrf));
        fields.put("revision", List.of("0"));
        fields.put("meetingDate", List.of(today.toString()));
        fields.put("agenda", List.of("Aktuellt steg"));
        fields.put("notes", List.of(""));
        fields.put("do", List.of(command));
        return fields;
    }

    private static Map<String, String> with(Map<String, String> values, String field, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, String> attendance(Page page, String memberId, String status, String substitute) {
        return Map.of(
                rowField(page, memberId, "attendanceStatus"), status,
                rowField(page, memberId, "attendanceSubstitute"), substitute);
    }

    /** The field of a member's attendance row, found by the hidden member id the page put in the row. */
    private static String rowField(Page page, String memberId, String field) {
        Element hidden = page.document().selectFirst("input[name^=attendanceMember][value=" + memberId + "]");
        return field + hidden.attr("name").substring("attendanceMember".length());
    }

    private static Map<String, String> action(int row, String description, String owner, String due) {
        return Map.of("actionDescription" + row, description, "actionOwner" + row, owner, "actionDueDate" + row, due);
    }

    /** Members with ids of their own, so tests sharing the database do not meet each other's team. */
    private List<String> registerTeam(String code, int size) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "medlem-" + run + "-" + i;
            teamMembers.save(
                    code,
                    new TeamMember(
                            id,
                            name(id),
                            TeamRole.TEAM_MEMBER,
                            Department.values()[i % Department.values().length],
                            null,
                            today.minusYears(1),
                            null),
                    "test",
                    Instant.now());
            ids.add(id);
        }
        return ids;
    }

    private static String name(String memberId) {
        return "Medlem " + memberId.substring("medlem-".length());
    }

    /** Started as the IAVP cycle's timer starts it: no user, the cycle's variables. */
    private String startCheckIn(String code) {
        identityService.clearAuthentication();
        return runtimeService
                .startProcessInstanceByKey(
                        "checkIn", Map.of("municipalityCode", code, "cycleId", "cycle-" + code, "currentStep", STEP))
                .getId();
    }

    private Task holdTask(String checkIn) {
        return taskService
                .createTaskQuery()
                .processInstanceId(checkIn)
                .taskDefinitionKey("holdCheckIn")
                .singleResult();
    }

    private String meetingId(String checkIn) {
        return (String)
                runtimeService
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(checkIn)
                        .variableName("meetingId")
                        .list()
                        .stream()
                        .findFirst()
                        .map(variable -> variable.getValue())
                        .orElseGet(() -> historicMeetingId(checkIn));
    }

    private String historicMeetingId(String checkIn) {
        return null;
    }
}
