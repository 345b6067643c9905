package se.valdsprevention.workflows.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Notifications end to end on a real SMTP server (GreenMail): events in the engine write the outbox in their
 * transaction, the sender delivers it (driven here, the sender thread is off), to the right people only.
 */
@SpringBootTest(
        classes = WorkflowsTestApplication.class,
        properties = {
            "spring.mail.host=127.0.0.1",
            "prevention.notifications.channel=smtp",
            "prevention.notifications.sender-enabled=false",
            "prevention.notifications.base-url=https://iavp.example.se",
            "prevention.notifications.from=noreply@lansstyrelsen.example"
        })
class NotificationMailTest {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final ZonedDateTime MONDAY = LocalDateTime.of(2027, 2, 1, 9, 0).atZone(EngineClock.zone());

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    OutboxSender sender;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    NotificationSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSmtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void aMondayMorningWithAnEmptyOutbox() throws Exception {
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        jdbc.update("DELETE FROM prevention_outbox");
        jdbc.update("DELETE FROM prevention_notification_setting");
        SMTP.purgeEmailFromAllMailboxes();
        user("anna-2417", "Anna", "Ek", "anna@norsjo.example", "coordinator", "2417");
        user("nils-2417", "Nils", "Ask", null, "coordinator", "2417");
        user("bo-2422", "Bo", "Lind", "bo@sorsele.example", "coordinator", "2422");
        user("lena-24", "Lena", "Berg", "lena@lansstyrelsen.example", "county-officer", "2417", "2422");
        user("maja-2417", "Maja", "Ros", "maja@norsjo.example", "manager", "2417");
        if (repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("notifiedWork")
                        .count()
                == 0) {
            repositoryService
                    .createDeployment()
                    .addModelInstance("notified-work.bpmn", notifiedWork())
                    .addModelInstance("hostile-work.bpmn", hostileWork())
                    .deploy();
        }
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    @Test
    void aTaskForCoordinatorsMailsThatMunicipalitysCoordinatorsAndNobodyElse() throws Exception {
        settings.save(new NotificationSetting("anna-2417", Delivery.EACH, Set.of()), EngineClock.now());
        settings.save(new NotificationSetting("nils-2417", Delivery.EACH, Set.of()), EngineClock.now());
        Task task = startWork("2417", "Protokoll med känsliga uppgifter");

        OutboxSender.Round round = sender.deliverDue();

        assertThat(round.mails()).isOne();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(recipients(mail)).containsExactly("anna@norsjo.example");
        assertThat(mail.getSubject()).isEqualTo("Ny uppgift: Skriv anteckningarna – Norsjö");
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text)
                .contains("Hej Anna Ek!")
                .contains("Ny uppgift: Skriv anteckningarna")
                .contains("Kommun: Norsjö")
                .contains("Senast: 2027-02-15")
                .contains("https://iavp.example.se/camunda/app/tasklist/default/#/?task=" + task.getId())
                .doesNotContain("känsliga");
        assertThat(html)
                .contains("<html lang=\"sv\">")
                .contains("href=\"https://iavp.example.se/camunda/app/tasklist/default/#/?task=" + task.getId())
                .doesNotContain("känsliga");
        // Nils has no address: his row waits for nobody and says why; Sorsele's coordinator got nothing.
        assertThat(statuses()).containsEntry("anna-2417", "SENT").containsEntry("nils-2417", "FAILED");
        assertThat(statuses()).doesNotContainKeys("bo-2422", "lena-24");
        assertThat(jdbc.queryForObject(
                        "SELECT last_error FROM prevention_outbox WHERE recipient = 'nils-2417'", String.class))
                .isEqualTo("Användaren saknar e-postadress");
        assertThat(sender.deliverDue().mails()).isZero();
    }

    @Test
    void theDailyDigestCollectsADaysEventsIntoOneMail() throws Exception {
        startWork("2417", "ett");
        at(MONDAY.withHour(11));
        startWork("2417", "två");
        at(MONDAY.withHour(15));
        startWork("2417", "tre");

        at(MONDAY.withHour(16));
        assertThat(sender.deliverDue().mails()).isZero();

        at(MONDAY.plusDays(1).withHour(7));
        startWork("2417", "fyra på tisdagen");
        OutboxSender.Round round = sender.deliverDue();

        assertThat(round.mails()).isOne();
        assertThat(round.notifications()).isEqualTo(3);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Sammanfattning: 3 händelser i det våldsförebyggande arbetet");
        assertThat(part(received[0], "text/plain").split("#/\\?task=", -1)).hasSize(3 + 1);
        assertThat(pending("anna-2417")).isOne();
    }

    @Test
    void aWaitingDecisionRemindsTheDecidersAndTheVerdictReachesTheProposer() {
        ProcessInstance decision = propose();
        // Anna proposed: she is not told of her own work; the county officer and the manager are.
        assertThat(kinds("anna-2417")).isEmpty();
        assertThat(kinds("lena-24")).containsExactly("TASK_AVAILABLE");
        assertThat(kinds("maja-2417")).containsExactly("TASK_AVAILABLE");

        var reminder = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(decision.getId())
                .activityId("reminderDue")
                .singleResult();
        ClockUtil.setCurrentTime(reminder.getDuedate());
        engine.getManagementService().executeJob(reminder.getId());
        assertThat(kinds("maja-2417")).containsExactly("TASK_AVAILABLE", "REMINDER");
        assertThat(titles("maja-2417")).contains("Påminnelse: förslag väntar på beslut");

        decide(decision, "RETURN", "Beskriv resurserna tydligare.");
        assertThat(kinds("anna-2417")).contains("DECISION_OUTCOME");
        assertThat(titles("anna-2417")).contains("Ditt beslutsförslag har återremitterats");

        as("anna-2417", "coordinator");
        taskService.complete(taskOf(decision, "prepareProposal").getId(), proposal());
        identityService.clearAuthentication();
        decide(decision, "APPROVE", null);
        assertThat(titles("anna-2417")).contains("Ditt beslutsförslag har bifallits");
        assertThat(titles("anna-2417")).noneMatch(title -> title.contains("Beskriv"));
        assertThat(kinds("bo-2422")).isEmpty();
    }

    @Test
    void aNewcomerAndADepartureTellTheCoordinatorsAndTheCountyOfficerButNotTheMember() {
        as("nils-2417", "coordinator");
        ProcessInstance onboarding =
                runtimeService.startProcessInstanceByKey("teamOnboarding", Map.of("municipalityCode", "2417"));
        Map<String, Object> member = new HashMap<>();
        member.put("memberId", "kim-2417");
        member.put("memberName", "Kim\r\nBcc: spy@evil.example Dahl");
        member.put("memberDepartment", "SCHOOL");
        member.put("memberRole", "TEAM_MEMBER");
        member.put("memberStartDate", MONDAY.toLocalDate().toString());
        member.put("substituteFor", null);
        taskService.complete(taskOf(onboarding, "registerMember").getId(), member);
        taskService.complete(
                taskOf(onboarding, "planIntroduction").getId(),
                Map.of(
                        "introductionDate",
                        MONDAY.toLocalDate().plusDays(3).toString(),
                        "introductionParticipants",
                        "Samordnaren"));
        taskService.complete(
                taskOf(onboarding, "confirmBasicTraining").getId(),
                Map.of(
                        "trainingChecklist",
                        SpinValues.jsonValue("[\"PYRAMID\",\"GENDER\",\"FIVE_STEPS\",\"SITUATION\",\"ROLE\"]")
                                .create()));
        taskService.complete(
                taskOf(onboarding, "confirmFirstMeeting").getId(),
                Map.of("firstMeetingDate", MONDAY.toLocalDate().plusDays(7).toString()));

        assertThat(titles("anna-2417")).contains("En ny ledamot har registrerats i kommunteamet (skola)");
        assertThat(kinds("lena-24")).contains("NEW_MEMBER");
        assertThat(kinds("nils-2417")).doesNotContain("NEW_MEMBER");
        assertThat(kinds("kim-2417")).isEmpty();
        assertThat(kinds("bo-2422")).isEmpty();
        assertThat(titles("anna-2417")).noneMatch(title -> title.contains("Kim"));

        ProcessInstance departure =
                runtimeService.startProcessInstanceByKey("teamDeparture", Map.of("municipalityCode", "2417"));
        taskService.complete(
                taskOf(departure, "registerDeparture").getId(),
                Map.of(
                        "leavingMemberId",
                        "kim-2417",
                        "lastDay",
                        MONDAY.toLocalDate().plusDays(1).toString()));
        assertThat(kinds("anna-2417")).contains("MEMBER_LEFT");
        assertThat(kinds("lena-24")).contains("MEMBER_LEFT");
        assertThat(kinds("kim-2417")).doesNotContain("MEMBER_LEFT");
    }

    @Test
    void smtpDownForAnHourThenBackDeliversEverythingOnce() throws Exception {
        settings.save(new NotificationSetting("anna-2417", Delivery.EACH, Set.of()), EngineClock.now());
        settings.save(new NotificationSetting("lena-24", Delivery.EACH, Set.of()), EngineClock.now());
        startWork("2417", "ett");
        startWork("2417", "två");
        startWork("2417", "tre");
        SMTP.stop();

        ZonedDateTime time = MONDAY;
        for (int minute = 0; minute <= 60; minute += 5) {
            time = MONDAY.plusMinutes(minute);
            at(time);
            assertThat(sender.deliverDue().mails()).isZero();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT MIN(attempts) FROM prevention_outbox WHERE recipient = 'anna-2417'", Integer.class))
                .isGreaterThan(2);
        assertThat(pending("anna-2417")).isEqualTo(3);

        SMTP.start();
        at(time.plus(java.time.Duration.ofMinutes(15)));
        assertThat(sender.deliverDue().mails()).isEqualTo(3);
        assertThat(sender.deliverDue().mails()).isZero();
        at(time.plusHours(2));
        assertThat(sender.deliverDue().mails()).isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(NotificationMailTest::messageId).distinct())
                .hasSize(3);
        assertThat(pending("anna-2417")).isZero();
    }

    @Test
    void hostileNamesAddressesAndTitlesAreEscapedOrRefusedAndBlockNobody() throws Exception {
        user("eve-2417", "Eve", "x\r\nBcc: spy@evil.example", "eve@norsjo.example", "coordinator", "2417");
        user("mal-2417", "Mal", "Formed", "not an address\r\nBcc: spy@evil.example", "coordinator", "2417");
        for (String user : List.of("anna-2417", "nils-2417", "eve-2417", "mal-2417")) {
            settings.save(new NotificationSetting(user, Delivery.EACH, Set.of()), EngineClock.now());
        }
        ProcessInstance instance =
                runtimeService.startProcessInstanceByKey("hostileWork", Map.of("municipalityCode", "2417"));
        assertThat(instance).isNotNull();

        OutboxSender.Round round = sender.deliverDue();

        assertThat(round.mails()).isEqualTo(2);
        assertThat(round.failed()).isEqualTo(2); // mal's invalid address, nils without one
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(NotificationMailTest::allRecipients))
                .containsExactlyInAnyOrder("anna@norsjo.example", "eve@norsjo.example");
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            assertThat(mail.getHeader("Bcc")).isNull();
            assertThat(mail.getSubject()).doesNotContain("\r", "\n").hasSizeLessThanOrEqualTo(200);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT last_error FROM prevention_outbox WHERE recipient = 'mal-2417'", String.class))
                .isEqualTo("Användarens e-postadress är ogiltig");
    }

    @Test
    void aUserWhoOptedOutOfNewTasksGetsNoneButStillTheRest() {
        settings.save(
                new NotificationSetting("anna-2417", Delivery.EACH, Set.of(NotificationKind.TASK_AVAILABLE)),
                EngineClock.now());
        startWork("2417", "ett");
        assertThat(kinds("anna-2417")).isEmpty();
        assertThat(kinds("nils-2417")).containsExactly("TASK_AVAILABLE");
    }

    private void decide(ProcessInstance decision, String verdict, String comment) {
        as("maja-2417", "manager");
        Map<String, Object> variables = new HashMap<>();
        variables.put("verdict", verdict);
        variables.put("verdictComment", comment);
        taskService.complete(taskOf(decision, "approveDecision").getId(), variables);
        identityService.clearAuthentication();
    }

    private static Map<String, Object> proposal() {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("decisionType", "PARTICIPATION_MANDATE");
        proposal.put("decisionTitle", "Mandat att delta i IAVP");
        proposal.put("decisionDescription", "Kommunen deltar.");
        proposal.put("mandate", "Teamet får använda arbetstid.");
        proposal.put("resourcesSek", 20_000);
        proposal.put("resourcesHours", 100);
        proposal.put("followUpDate", "2027-06-01");
        proposal.put("supportingDocuments", "https://www.norsjo.se/underlag.pdf");
        return proposal;
    }

    private ProcessInstance propose() {
        as("anna-2417", "coordinator");
        ProcessInstance decision =
                runtimeService.startProcessInstanceByKey("municipalDecision", Map.of("municipalityCode", "2417"));
        taskService.complete(taskOf(decision, "prepareProposal").getId(), proposal());
        identityService.clearAuthentication();
        return decision;
    }

    private Task taskOf(ProcessInstance instance, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(key)
                .singleResult();
    }

    private void as(String user, String group) {
        identityService.setAuthentication(user, List.of(group), List.of("2417"));
    }

    private Task startWork(String municipalityCode, String topic) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(
                "notifiedWork", Map.of("municipalityCode", municipalityCode, "topic", topic));
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static BpmnModelInstance notifiedWork() {
        return Bpmn.createExecutableProcess("notifiedWork")
                .camundaHistoryTimeToLive(1)
                .startEvent("workRequested")
                .userTask("writeNotes")
                .name("Skriv anteckningarna: ${topic}")
                .camundaCandidateGroups("coordinator")
                .camundaDueDate("2027-02-15T12:00:00")
                .endEvent("notesWritten")
                .done();
    }

    /** A task whose model name tries to add a header, and is very long. */
    private static BpmnModelInstance hostileWork() {
        return Bpmn.createExecutableProcess("hostileWork")
                .camundaHistoryTimeToLive(1)
                .startEvent("hostileRequested")
                .userTask("hostileTask")
                .name("Granska\r\nBcc: spy@evil.example " + "x".repeat(200))
                .camundaCandidateGroups("coordinator")
                .endEvent("hostileDone")
                .done();
    }

    private void user(String id, String first, String last, String email, String group, String... tenants) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(email);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        for (String tenant : tenants) {
            identityService.createTenantUserMembership(tenant, id);
        }
    }

    private static void at(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    private Map<String, String> statuses() {
        Map<String, String> statuses = new HashMap<>();
        jdbc.query("SELECT recipient, status FROM prevention_outbox", row -> {
            statuses.put(row.getString(1), row.getString(2));
        });
        return statuses;
    }

    private List<String> kinds(String recipient) {
        return jdbc.queryForList(
                "SELECT kind FROM prevention_outbox WHERE recipient = ? ORDER BY created_at, kind",
                String.class,
                recipient);
    }

    private int pending(String recipient) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM prevention_outbox WHERE recipient = ? AND status = 'PENDING'",
                Integer.class,
                recipient);
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress())
                .toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> titles(String recipient) {
        return jdbc.queryForList(
                "SELECT title FROM prevention_outbox WHERE recipient = ? ORDER BY created_at", String.class, recipient);
    }

    /** The decoded text of the mail's first part of this type. */
    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.stream.Stream<String> allRecipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getAllRecipients())
                    .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
