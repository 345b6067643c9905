package se.valdsprevention.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valdsprevention.app.DemoCountyTest;

/**
 * The demo county in a real browser: Tasklist as the coordinator, the manager and the county
 * officer see it, with a screenshot of every step under target/browser-screenshots/.
 */
class TasklistBrowserTest extends DemoCountyTest {

    private static final String CYCLE = "IAVP-cykel: våldsförebyggande arbete i fem steg";
    private static final String MAP_COLLABORATION = "Kartlägg arenor, verksamheter och samverkanspartner";
    private static final String COMPOSE_TEAM = "Sätt samman kommunteamet";
    private static final String FORMULATE_VISION = "Formulera gemensam vision och bedöm förändringsberedskap";
    private static final String PREPARE_PROPOSAL = "Förbered beslutsförslag";
    private static final String APPROVE_DECISION = "Fatta beslut om förslaget";
    private static final String HOLD_CHECK_IN = "Genomför månadsavstämning";
    private static final List<String> DEMO_MUNICIPALITIES = List.of("2417", "2422", "2462", "2463");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    private TasklistBrowser browser;

    @BeforeEach
    void startBrowser(TestInfo test) {
        browser = TasklistBrowser.start(port, test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.keepLastPage();
            browser.close();
        }
    }

    @Test
    void tasklistCarriesTheProductNameAndVendor() {
        browser.login("coordinator-2417");

        browser.screenshot("header");
        assertThat(browser.headerText()).contains("Våldsprevention");
        browser.waitUntilTitleContains("Våldsprevention");
        assertThat(browser.pageTitle()).contains("Länsstyrelsen");
    }

    @Test
    void coordinatorStartsACycleSeesOnlyNorsjoAndMapsTheCollaboration() {
        ProcessInstance sorsele = startCycle("2422");
        String label = "Norsjö " + UUID.randomUUID().toString().substring(0, 8);

        browser.login("coordinator-2417");
        browser.click(By.xpath("//a[contains(normalize-space(),'Starta process')]"));
        browser.click(By.xpath("//a[normalize-space()='" + CYCLE + "']"));
        browser.waitForForm("Kommunkod");
        browser.type("Kommunkod", "2417");
        browser.type("Cykelns namn", label);
        browser.screenshot("start-form");
        browser.click(By.xpath("//button[normalize-space()='Starta']"));
        String cycle = waitForCycle(label);
        String mapTask = task(cycle, "mapCollaboration").getId();

        browser.openFilter("Samordnarens uppgifter");
        browser.waitForTaskListEntry(MAP_COLLABORATION);
        List<String> listed = browser.taskIdsListed();
        browser.screenshot("coordinator-task-list");
        assertThat(listed)
                .contains(mapTask)
                .doesNotContain(task(sorsele.getId(), "mapCollaboration").getId());
        assertThat(tenantsOf(listed)).containsOnly("2417");

        browser.openTask(mapTask);
        browser.claimIfOffered();
        browser.waitForForm("Arenor där arbetet kan bedrivas");
        browser.type("Arenor där arbetet kan bedrivas", "Skolan och fritidsgården");
        browser.check("Skola");
        browser.check("Fritid och kultur");
        browser.type("Strategiska samverkanspartner", "Polisen och regionen");
        browser.screenshot("map-collaboration-filled");
        browser.complete();

        browser.waitForTaskListEntry(COMPOSE_TEAM);
        browser.screenshot("compose-team-listed");
        assertThat(task(cycle, "composeTeam")).isNotNull();
        assertThat(runtimeService.getVariable(cycle, "arenas")).isEqualTo("Skolan och fritidsgården");
    }

    @Test
    void coordinatorProposesTheMandateAndTheManagerApprovesItReadOnly() {
        String cycle = startCycle("2417").getId();
        completeMapCollaboration(cycle);

        browser.login("coordinator-2417");
        browser.openFilter("Samordnarens uppgifter");
        openTask(task(cycle, "composeTeam"), "Samordnare");
        browser.type("Samordnare", "Eva Lind");
        browser.select("Samordnarens verksamhet", "Socialtjänst");
        browser.screenshot("compose-team-filled");
        browser.complete();

        openTask(task(cycle, "formulateVision"), "Gemensam vision");
        browser.type("Gemensam vision", "Ingen i Norsjö ska utsättas för våld.");
        browser.check("Teamet har en gemensam vision");
        browser.check("Förändringsberedskapen är bedömd");
        browser.choose("Hög");
        browser.screenshot("formulate-vision-filled");
        browser.complete();

        Task prepare = decisionTask(cycle, "prepareProposal");
        assertThat(prepare.getName()).isEqualTo(PREPARE_PROPOSAL);
        openTask(prepare, "Bakgrund och förslag");
        String title = browser.valueOf("Vad ska beslutas?");
        assertThat(title).startsWith("Mandat och resurser för IAVP");
        browser.type("Bakgrund och förslag", "Norsjö deltar i IAVP med ett kommunteam.");
        browser.type("Mandat", "Teamet får arbeta med handbokens fem steg.");
        browser.type("Resurser i kronor", "50000");
        browser.type("Resurser i arbetstimmar", "200");
        String followUp = LocalDate.now().plusMonths(3).format(DateTimeFormatter.ISO_LOCAL_DATE);
        browser.typeDate("Datum för uppföljning", followUp);
        browser.screenshot("decision-proposal-filled");
        browser.complete();
        browser.close();

        browser = TasklistBrowser.start(port, "managerApprovesTheMandate");
        browser.login("manager-2417");
        browser.openFilter("Beslut att fatta");
        Task approve = decisionTask(cycle, "approveDecision");
        assertThat(approve.getName()).isEqualTo(APPROVE_DECISION);
        assertThat(String.valueOf(runtimeService.getVariable(approve.getProcessInstanceId(), "followUpDate")))
                .as("the date typed as ÅÅÅÅ-MM-DD in a Swedish browser is the date stored")
                .isEqualTo(followUp);
        openTask(approve, "Bakgrund och förslag");
        assertThat(browser.valueOf("Vad ska beslutas?")).isEqualTo(title);
        assertThat(browser.valueOf("Bakgrund och förslag")).isEqualTo("Norsjö deltar i IAVP med ett kommunteam.");
        assertThat(browser.isReadOnly("Bakgrund och förslag")).isTrue();
        browser.choose("Bifall: förslaget beslutas");
        browser.screenshot("manager-approves");
        browser.complete();

        assertThat(task(cycle, "chooseViolenceTypes")).isNotNull();
    }

    @Test
    void aRefusedFormShowsOneSwedishSentencePerFieldNamedByItsLabel() {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("municipalityCode", "2417");
        proposal.put("decisionType", "PARTICIPATION_MANDATE");
        proposal.put("decisionTitle", "Mandat att delta i IAVP");
        proposal.put("decisionDescription", "Norsjö deltar i IAVP med ett kommunteam.");
        proposal.put("mandate", "Teamet får arbeta med handbokens fem steg.");
        proposal.put("resourcesSek", 0);
        proposal.put("resourcesHours", 20);
        String decision = runtimeService
                .startProcessInstanceByKey("municipalDecision", proposal)
                .getId();
        Task prepare = task(decision, "prepareProposal");

        browser.login("coordinator-2417");
        browser.openFilter("Samordnarens uppgifter");
        openTask(prepare, "Bakgrund och förslag");
        // The follow-up date is a text field taking ÅÅÅÅ-MM-DD; yesterday is refused by the server.
        browser.typeDate("Datum för uppföljning", LocalDate.now().minusDays(1).toString());
        String notice = browser.completeRefused();
        browser.screenshot("refused-proposal");

        assertThat(notice)
                .contains("Datum för uppföljning: får inte ligga i det förflutna")
                .doesNotContain("followUpDate", "ENGINE-", "Cannot submit", "Exception", prepare.getId());
        assertThat(task(decision, "prepareProposal")).isNotNull();
    }

    @Test
    void sorselesManagerSeesNoneOfNorsjosWork() {
        String norsjo = decisionAwaitingApproval("2417");
        String sorsele = decisionAwaitingApproval("2422");

        browser.login("manager-2422");
        browser.openFilter("Beslut att fatta");
        browser.waitForTaskListEntry(APPROVE_DECISION);
        List<String> listed = browser.taskIdsListed();
        browser.screenshot("sorsele-manager-task-list");

        assertThat(listed).contains(sorsele).doesNotContain(norsjo);
        assertThat(tenantsOf(listed)).containsOnly("2422");
    }

    @Test
    void countyOfficerSeesTheCheckInsOfEveryDemoMunicipality() {
        List<String> checkIns = DEMO_MUNICIPALITIES.stream()
                .map(code -> runtimeService
                        .startProcessInstanceByKey("checkIn", Map.of("municipalityCode", code))
                        .getId())
                .map(instance -> task(instance, "holdCheckIn").getId())
                .toList();

        browser.login("county-24");
        browser.openFilter("Länsstyrelsens uppgifter");
        browser.waitForTaskListEntry(HOLD_CHECK_IN);
        List<String> listed = browser.taskIdsListed();
        browser.screenshot("county-officer-task-list");

        assertThat(listed).containsAll(checkIns);
        assertThat(String.join("\n", browser.taskListEntries()))
                .contains("Kommun")
                .as("municipalities by name, not by code")
                .contains("Norsjö", "Sorsele", "Vilhelmina", "Åsele");
        assertThat(tenantsOf(checkIns)).containsExactlyInAnyOrderElementsOf(DEMO_MUNICIPALITIES);
    }

    private void openTask(Task task, String firstFieldLabel) {
        browser.waitForTaskListEntry(task.getName());
        browser.openTask(task.getId());
        browser.claimIfOffered();
        browser.waitForForm(firstFieldLabel);
    }

    private ProcessInstance startCycle(String municipality) {
        return runtimeService.startProcessInstanceByKey(
                "iavpCycle",
                Map.of(
                        "municipalityCode",
                        municipality,
                        "cycleLabel",
                        municipality + " " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private void completeMapCollaboration(String cycle) {
        identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
        try {
            taskService.complete(
                    task(cycle, "mapCollaboration").getId(),
                    Variables.createVariables()
                            .putValue("arenas", "Skolan")
                            .putValueTyped(
                                    "departments",
                                    SpinValues.jsonValue("[\"SCHOOL\"]").create()));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** A municipal decision whose proposal is made and waits for the manager. */
    private String decisionAwaitingApproval(String municipality) {
        String decision = runtimeService
                .startProcessInstanceByKey("municipalDecision", Map.of("municipalityCode", municipality))
                .getId();
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("decisionType", "PARTICIPATION_MANDATE");
        proposal.put("decisionTitle", "Mandat för " + municipality);
        proposal.put("decisionDescription", "Kommunen deltar.");
        proposal.put("mandate", "Teamet får arbeta med stegen.");
        proposal.put("resourcesSek", 0);
        proposal.put("resourcesHours", 20);
        proposal.put("followUpDate", LocalDate.now().plusMonths(3).toString());
        identityService.setAuthentication("coordinator-" + municipality, List.of("coordinator"), List.of(municipality));
        try {
            taskService.complete(task(decision, "prepareProposal").getId(), proposal);
        } finally {
            identityService.clearAuthentication();
        }
        return task(decision, "approveDecision").getId();
    }

    private Task decisionTask(String cycle, String key) {
        String decision = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(cycle)
                .singleResult()
                .getId();
        return task(decision, key);
    }

    private String waitForCycle(String label) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("iavpCycle")
                        .variableValueEquals("cycleLabel", label)
                        .list()
                        .stream()
                        .findFirst()
                        .map(ProcessInstance::getId)
                        .orElse(null));
    }

    private List<String> tenantsOf(List<String> taskIds) {
        return taskIds.stream()
                .map(id ->
                        taskService.createTaskQuery().taskId(id).singleResult().getTenantId())
                .distinct()
                .toList();
    }

    private Task task(String processInstanceId, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult();
    }
}
