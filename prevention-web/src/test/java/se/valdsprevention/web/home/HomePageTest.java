package se.valdsprevention.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.notification.Delivery;
import se.valdsprevention.workflows.notification.NotificationKind;
import se.valdsprevention.workflows.notification.NotificationSetting;
import se.valdsprevention.workflows.notification.NotificationSettings;

/** Mina kommuner: each user sees the municipalities they work for, their cycle, step and open tasks. */
class HomePageTest extends WorkspaceTest {

    @Autowired
    NotificationSettings notificationSettings;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Test
    void aCoordinatorSeesTheirMunicipalityByNameAndNotTheOthers() {
        Page home = loggedIn("coordinator-2417").get("/");

        assertThat(home.status()).isEqualTo(200);
        Document page = home.document();
        assertThat(page.select("main section.municipality h2").eachText()).containsExactly("Norsjö (2417)");
        assertThat(page.select("a[href=/kommuner/2417/lagesbild]")).hasSize(1);
        assertThat(page.select("a[href=/kommuner/2422/lagesbild]")).isEmpty();
        assertThat(home.body()).doesNotContain("Sorsele");
    }

    @Test
    void theCountyOfficerSeesEveryMunicipalityOfTheCounty() {
        Page home = loggedIn("county-24").get("/");

        assertThat(home.document().select("main section.municipality h2").eachText())
                .containsExactly("Norsjö (2417)", "Sorsele (2422)");
        assertThat(home.document().select("header .user").text()).contains("Lena Länsstyrelsen", "Länsstyrelsen");
    }

    @Test
    void aRunningCycleShowsItsStepAndTheUsersOpenTasksLinkedIntoTasklist() {
        String cycle = startCycle("2422", "Sorsele 2027");

        Page home = loggedIn("coordinator-2422").get("/");

        String text = home.mainText();
        assertThat(text).contains("Sorsele 2027", "Steg 1: Initiera samverkan");
        String taskId = taskService
                .createTaskQuery()
                .processInstanceId(cycle)
                .active()
                .list()
                .get(0)
                .getId();
        assertThat(home.document().select("a[href$=/camunda/app/tasklist/default/#/?task=" + taskId + "]"))
                .hasSize(1);
    }

    @Test
    void theProposerLearnsTheOutcomeOfTheirProposalOnTheStartPage() {
        String title = "Mandat för skolans värdegrundsarbete "
                + java.util.UUID.randomUUID().toString().substring(0, 6);
        as("coordinator-2422", "coordinator", "2422");
        String decision = runtimeService
                .startProcessInstanceByKey("municipalDecision", Map.of("municipalityCode", "2422"))
                .getId();
        Map<String, Object> proposal = new java.util.HashMap<>();
        proposal.put("decisionType", "PARTICIPATION_MANDATE");
        proposal.put("decisionTitle", title);
        proposal.put("decisionDescription", "Sorsele deltar i arbetet.");
        proposal.put("mandate", "Teamet får använda arbetstid.");
        proposal.put("resourcesSek", 20_000);
        proposal.put("resourcesHours", 100);
        proposal.put("followUpDate", java.time.LocalDate.now().plusMonths(3).toString());
        taskService.complete(taskOf(decision, "prepareProposal"), proposal);
        identityService.clearAuthentication();

        assertThat(loggedIn("coordinator-2422").get("/").mainText())
                .contains("Mina beslutsförslag", title, "Väntar på beslut", "Kommunchef");

        as("kommunchef-2422", "manager", "2422");
        taskService.complete(
                taskOf(decision, "approveDecision"),
                Map.of("verdict", "REJECT", "verdictComment", "Budgeten är redan fördelad."));
        identityService.clearAuthentication();

        String shown = loggedIn("coordinator-2422").get("/").mainText();
        assertThat(shown).contains(title, "Avslaget", "Budgeten är redan fördelad.");
        assertThat(loggedIn("county-24").get("/").mainText())
                .as("only the proposer's own proposals")
                .doesNotContain(title);
    }

    private void as(String user, String group, String municipality) {
        identityService.setAuthentication(user, java.util.List.of(group), java.util.List.of(municipality));
    }

    private String taskOf(String processInstance, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstance)
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    @Test
    void withSeveralRunningCyclesTheOneStartedLastIsShown() {
        List<String> labels = List.of("Sorsele första", "Sorsele andra", "Sorsele tredje", "Sorsele fjärde");
        for (String label : labels) {
            startCycle("2422", label);
        }

        String text = loggedIn("coordinator-2422").get("/").mainText();

        assertThat(text).contains("Sorsele fjärde").doesNotContain("Sorsele första", "Sorsele andra", "Sorsele tredje");
    }

    private String startCycle(String municipality, String label) {
        identityService.setAuthentication(
                "coordinator-" + municipality, java.util.List.of("coordinator"), java.util.List.of(municipality));
        try {
            return runtimeService
                    .startProcessInstanceByKey(
                            "iavpCycle", Map.of("municipalityCode", municipality, "cycleLabel", label))
                    .getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void aUserChoosesOneMailPerEventAndOptsOutOfNewTasksAndAForgedChoiceSavesNothing() {
        PageSession sara = loggedIn("coordinator-2422");
        Page home = sara.get("/");
        assertThat(home.document().select("#delivery-DIGEST").hasAttr("checked"))
                .isTrue();
        assertThat(home.document().select("input[name=wanted][checked]")).hasSize(5);

        String token = sara.csrfToken("/");
        Page saved = sara.post(
                "/aviseringar",
                Map.of("_csrf", List.of(token), "delivery", List.of("EACH"), "wanted", List.of("REMINDER")));
        assertThat(saved.redirectsTo("/?sparat#aviseringar")).isTrue();
        assertThat(notificationSettings.of("coordinator-2422"))
                .isEqualTo(new NotificationSetting(
                        "coordinator-2422",
                        Delivery.EACH,
                        EnumSet.complementOf(EnumSet.of(NotificationKind.REMINDER))));

        for (Map<String, List<String>> forged : List.of(
                Map.of("_csrf", List.of(token), "delivery", List.of("HOURLY")),
                Map.of("_csrf", List.of(token)),
                Map.of("_csrf", List.of(token), "delivery", List.of("DIGEST"), "wanted", List.of("<script>")))) {
            Page refused = sara.post("/aviseringar", forged);
            assertThat(refused.status()).as(forged.toString()).isEqualTo(400);
            assertThat(refused.document().select("#aviseringar [role=alert]").text())
                    .isNotBlank();
        }
        assertThat(notificationSettings.of("coordinator-2422").delivery()).isEqualTo(Delivery.EACH);
        // The choice is always the logged-in user's: naming another user in the request changes nobody else's.
        sara.post(
                "/aviseringar",
                Map.of(
                        "_csrf", List.of(token),
                        "delivery", List.of("EACH"),
                        "userId", List.of("coordinator-2417"),
                        "user", List.of("coordinator-2417")));
        assertThat(notificationSettings.of("coordinator-2417"))
                .isEqualTo(NotificationSetting.byDefault("coordinator-2417"));
        assertThat(sara.post("/aviseringar", Map.of("delivery", List.of("DIGEST")))
                        .status())
                .isEqualTo(403);
    }
}
