package se.valdsprevention.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valdsprevention.app.DemoCountyTest;

/**
 * One municipality through the five IAVP steps into the next cycle with nothing but a browser: every task in
 * Tasklist, every document on the workspace pages, each user of the task's role logged in on the one login page.
 * The engine is only read, to find the task to open and to check where the cycle waits. Every workspace page on
 * the way is checked with axe-core and photographed for the user guide.
 */
class FiveStepsBrowserTest extends DemoCountyTest {

    private static final String CYCLE = "IAVP-cykel: våldsförebyggande arbete i fem steg";
    private static final String NORSJO = "2417";
    private static final String COORDINATOR = "coordinator-2417";
    private static final String COORDINATOR_TASKS = "Samordnarens uppgifter";
    private static final String LAGESBILD = "/kommuner/2417/lagesbild";
    private static final String HANDLINGSPLAN = "/kommuner/2417/handlingsplan";
    private static final LocalDate TODAY = LocalDate.now();

    /** The six indicators the coordinator writes by hand: name, source, unit, pyramid level, women, men. */
    private static final List<List<String>> INDICATORS = List.of(
            List.of(
                    "Elever som utsatts för kränkningar",
                    "Elevenkäten",
                    "PERCENT",
                    "VIOLATIONS_AND_HARASSMENT",
                    "40",
                    "30"),
            List.of("Unga som hört nedsättande skämt", "Lupp-enkäten", "PERCENT", "NORMS_AND_ATTITUDES", "55", "48"),
            List.of("Anmälda hot", "Socialtjänsten", "CASES", "THREATS_AND_LIGHTER_VIOLENCE", "12", "19"),
            List.of("Orosanmälningar om våld i hemmet", "Socialtjänsten", "CASES", "SERIOUS_VIOLENCE", "21", "17"),
            List.of("Besök på kvinnojouren", "Kvinnojouren", "PERSONS", "SERIOUS_VIOLENCE", "33", "6"),
            List.of(
                    "Otrygghet i centrum kvällstid",
                    "Trygghetsmätningen",
                    "PERCENT",
                    "NORMS_AND_ATTITUDES",
                    "38",
                    "14"));

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    private TasklistBrowser browser;
    private String cycle;
    private String methodName;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.keepLastPage();
            endSession();
        }
    }

    @Test
    void oneMunicipalityGoesThroughAllFiveStepsIntoTheNextCycleInTheBrowserAlone() {
        long started = System.nanoTime();
        stepOneInitiateCollaboration();
        stepTwoDescribeViolence();
        stepThreeIdentifyFactors();
        stepFourPlanInterventions();
        stepFiveFollowUpAndStartTheNextCycle();
        System.out.printf(
                "FiveStepsBrowserTest took %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private void stepOneInitiateCollaboration() {
        String label = "Norsjö 2027";
        browser = TasklistBrowser.start(port, "fiveSteps-1-coordinator");
        browser.open("/login");
        browser.visible(By.id("username"));
        browser.checkAccessibility("login");
        browser.screenshot("workspace-login");
        browser.login(COORDINATOR);

        browser.click(By.xpath("//a[contains(normalize-space(),'Starta process')]"));
        browser.click(By.xpath("//a[normalize-space()='" + CYCLE + "']"));
        browser.waitForForm("Kommunkod");
        browser.type("Kommunkod", NORSJO);
        browser.type("Cykelns namn", label);
        browser.screenshot("start-cycle");
        browser.click(By.xpath("//button[normalize-space()='Starta']"));
        cycle = waitForCycle(label);

        browser.openFilter(COORDINATOR_TASKS);
        openTask("mapCollaboration", "Arenor där arbetet kan bedrivas");
        browser.type("Arenor där arbetet kan bedrivas", "Skolorna, fritidsgården och idrottsföreningarna");
        browser.check("Skola");
        browser.check("Socialtjänst");
        browser.check("Fritid och kultur");
        browser.check("Polis");
        browser.type("Strategiska samverkanspartner", "Polisen, regionen och kvinnojouren");
        browser.complete();

        openTask("composeTeam", "Samordnare");
        browser.type("Samordnare", "Eva Lind");
        browser.select("Samordnarens verksamhet", "Socialtjänst");
        browser.type("Skola", "Bo Berg");
        browser.type("Fritid och kultur", "Cia Dahl");
        browser.type("Polis", "Dan Ek");
        browser.complete();

        openTask("formulateVision", "Gemensam vision");
        browser.type("Gemensam vision", "Ingen i Norsjö ska utsättas för våld.");
        browser.check("Teamet har en gemensam vision");
        browser.check("Förändringsberedskapen är bedömd");
        browser.choose("Hög");
        browser.complete();

        proposeDecision("mandate", "Mandat och resurser för IAVP");
        approveDecision("mandate", "manager-2417", "Beslut att fatta");
        assertThat(waitingAt()).contains("chooseViolenceTypes");
    }

    private void stepTwoDescribeViolence() {
        asUser(COORDINATOR, "fiveSteps-2-coordinator");
        browser.openFilter(COORDINATOR_TASKS);
        openTask("chooseViolenceTypes", "Våldsformer");
        browser.check("Våld i nära relationer");
        browser.check("Våld i skolan");
        browser.complete();
        assertThat(waitingAt()).contains("describeSituation", "contributePoliceFigures");

        browser.open("/");
        assertThat(browser.mainText()).contains("Norsjö", "Steg 2");
        browser.checkAccessibility("start");
        browser.screenshot("workspace-start");

        browser.open(LAGESBILD);
        browser.visible(By.id("lagesbild-form"));
        browser.fill("f-periodStart", TODAY.withDayOfYear(1).minusYears(1).toString());
        browser.fill("f-periodEnd", TODAY.withDayOfYear(1).minusDays(1).toString());
        assertThat(browser.driver().findElements(By.cssSelector("input[name=violenceTypes]")).stream()
                        .filter(WebElement::isSelected)
                        .map(box -> box.getAttribute("value")))
                .as("the page starts from the violence types chosen in Tasklist")
                .containsExactly("CLOSE_RELATIONSHIPS", "SCHOOL");
        for (int i = 0; i < INDICATORS.size(); i++) {
            browser.press("Lägg till indikator");
            List<String> row = INDICATORS.get(i);
            String p = "f-indicators-" + i + "-";
            browser.fill(p + "name", row.get(0));
            browser.fill(p + "source", row.get(1));
            browser.selectValue(p + "unit", row.get(2));
            if (row.get(2).equals("PERSONS") || row.get(2).equals("CASES")) {
                browser.tick(p + "personBased");
            } else {
                browser.untick(p + "personBased");
            }
            browser.selectValue(p + "pyramidLevel", row.get(3));
            browser.fill(p + "women", row.get(4));
            browser.fill(p + "men", row.get(5));
            if (!row.get(2).equals("PERCENT")) {
                browser.fill(
                        p + "total", Integer.toString(Integer.parseInt(row.get(4)) + Integer.parseInt(row.get(5))));
            }
        }
        browser.fill(
                "f-genderEqualityAnalysis-summary",
                "Flickor utsätts oftare för kränkningar och sexuella trakasserier, pojkar oftare för hot i offentlig"
                        + " miljö.");
        browser.fill(
                "f-genderEqualityAnalysis-differencesBetweenWomenAndMen",
                "Kvinnor söker stöd hos kvinnojouren; män syns i anmälningarna om hot.");
        browser.fill("f-genderEqualityAnalysis-consequences", "Insatserna behöver nå både flickor och pojkar.");
        assertThat(browser.pageOverflowsSideways())
                .as("the wide indicator table scrolls in its own box, not the whole page")
                .isFalse();
        browser.checkAccessibility("lagesbild-edit");
        browser.screenshotAt(By.id("indikatorer"), "workspace-lagesbild-edit");
        browser.press("Spara utkast");
        assertThat(browser.driver().getCurrentUrl()).contains("sparad=");
        assertThat(browser.visible(By.id("status")).getText()).isEqualTo("utkast");
        endSession();

        asUser("police-2417", "fiveSteps-2-police");
        browser.openFilter("Polisens uppgifter");
        openTask("contributePoliceFigures", "Polisens lokala lägesbild");
        browser.open(LAGESBILD);
        assertThat(browser.visible(By.id("indikatorer-rubrik")).getText()).isEqualTo("Polisens indikatorer");
        browser.press("Lägg till indikator");
        browser.fill("f-indicators-0-name", "Anmält våld i nära relationer");
        browser.selectValue("f-indicators-0-unit", "CASES");
        browser.tick("f-indicators-0-personBased");
        browser.selectValue("f-indicators-0-pyramidLevel", "SERIOUS_VIOLENCE");
        browser.fill("f-indicators-0-women", "14");
        browser.fill("f-indicators-0-men", "5");
        browser.fill("f-indicators-0-total", "19");
        browser.checkAccessibility("lagesbild-police");
        browser.screenshotAt(By.id("indikatorer"), "workspace-lagesbild-police");
        browser.press("Spara utkast");
        assertThat(browser.driver().getCurrentUrl()).contains("sparad=");
        browser.open("/camunda/app/tasklist/default/");
        browser.openFilter("Polisens uppgifter");
        openTask("contributePoliceFigures", "Polisens lokala lägesbild");
        browser.type("Polisens lokala lägesbild", "Få anmälningar om våld i nära relationer, stort mörkertal.");
        browser.type(
                "Källor och period",
                "Polisens lokala lägesbild " + TODAY.minusYears(1).getYear());
        browser.complete();
        endSession();

        asUser(COORDINATOR, "fiveSteps-2-coordinator-ready");
        browser.open(LAGESBILD);
        assertThat(browser.mainText()).contains("Anmält våld i nära relationer");
        browser.press("Klar för teamet");
        assertThat(browser.visible(By.id("status")).getText()).isEqualTo("klar för teamet");
        browser.open("/camunda/app/tasklist/default/");
        browser.openFilter(COORDINATOR_TASKS);
        openTask("describeSituation", "Handbokens checklista för lägesbilden");
        WebElement link = browser.visible(By.xpath("//form//a[normalize-space()='Öppna lägesbilden']"));
        assertThat(link.getAttribute("href")).endsWith(LAGESBILD);
        browser.screenshot("tasklist-open-lagesbild-link");
        String tasklist = browser.driver().getWindowHandle();
        link.click();
        followedToTheSituationPage(tasklist);
        browser.check("Statistiken är könsuppdelad");
        browser.check("Indikatorerna är placerade i våldspyramiden");
        browser.check("Polisens lägesbild är med");
        browser.check("Jämställdhetsanalysen är gjord");
        browser.complete();
        endSession();

        asUser("team-2417", "fiveSteps-2-team");
        browser.openFilter("Kommunteamets uppgifter");
        openTask("agreeSituationPicture", "Teamet är överens om lägesbilden");
        browser.check("Teamet är överens om lägesbilden");
        browser.type("Vid vilket möte och med vilka synpunkter?", "Teamets möte, inga invändningar.");
        browser.complete();
        assertThat(waitingAt()).contains("identifyRiskAndProtectiveFactors");

        browser.open(LAGESBILD);
        assertThat(browser.visible(By.id("status")).getText()).isEqualTo("fastställd");
        assertThat(browser.mainText())
                .contains(INDICATORS.stream().map(row -> row.get(0)).toList())
                .contains("Anmält våld i nära relationer", "Flickor utsätts oftare för kränkningar")
                .contains("våld i nära relationer", "våld i skolan");
        browser.checkAccessibility("lagesbild-read");
        browser.screenshot("workspace-lagesbild-read");
    }

    private void stepThreeIdentifyFactors() {
        browser.open("/camunda/app/tasklist/default/");
        browser.openFilter("Kommunteamets uppgifter");
        openTask("identifyRiskAndProtectiveFactors", "Prioriterade problem, ett per rad, viktigast först");
        browser.type("Riskfaktorer", "Normer om kontroll i relationer");
        browser.type("Skyddsfaktorer", "Trygga vuxna i skolan");
        browser.check("Närsamhälle");
        browser.type(
                "Prioriterade problem, ett per rad, viktigast först",
                "Kränkningar i skolan\nOtrygghet i centrum kvällstid");
        browser.complete();
        assertThat(waitingAt()).contains("chooseAmbitionLevel");
        endSession();
    }

    private void stepFourPlanInterventions() {
        asUser(COORDINATOR, "fiveSteps-4-coordinator");
        browser.openFilter(COORDINATOR_TASKS);
        openTask("chooseAmbitionLevel", "Varför denna nivå?");
        browser.choose("Avancerad");
        browser.type("Varför denna nivå?", "Skolan vill införa en beprövad metod.");
        browser.complete();
        assertThat(waitingAt()).contains("planActivities");

        browser.open("/metodbank");
        browser.checkAccessibility("metodbank");
        browser.screenshot("workspace-metodbank");
        WebElement method = browser.visible(By.cssSelector("main table th[scope='row'] a"));
        methodName = method.getText();
        browser.follow(methodName);
        browser.checkAccessibility("metodbank-method");
        browser.screenshot("workspace-metodbank-method");
        browser.follow("Använd i handlingsplanen för Norsjö");
        assertThat(browser.driver().getCurrentUrl()).contains(HANDLINGSPLAN, "metod=");
        assertThat(browser.mainText()).contains("förifylld med metoden");
        assertThat(browser.visible(By.id("activity-0-title")).getAttribute("value"))
                .isEqualTo(methodName);

        browser.press("Lägg till mål");
        browser.press("Lägg till aktivitet");
        browser.fill("vision", "Ingen i Norsjö ska utsättas för våld.");
        browser.fill("period-start", TODAY.minusMonths(1).toString());
        browser.fill("period-end", TODAY.plusYears(1).toString());
        browser.fill("goal-0-description", "Färre elever utsätts för kränkningar.");
        browser.selectText("goal-0-indicator", INDICATORS.get(0).get(0));
        browser.fill("goal-0-baseline", "40");
        browser.fill("goal-0-target", "30");
        browser.fill("goal-0-deadline", TODAY.plusYears(1).toString());
        activity(0, null, "SCHOOL", "Rektor", "Eleverna vet vad kränkningar är och vågar säga ifrån.");
        activity(
                1,
                "Trygghetsvandringar i centrum",
                "URBAN_PLANNING",
                "Samhällsbyggnadschef",
                "Centrum blir tryggare kvällstid.");
        browser.checkAccessibility("handlingsplan-edit");
        browser.screenshotAt(By.xpath("//main//h2[normalize-space()='Mål']"), "workspace-handlingsplan-edit");
        browser.screenshotAt(By.id("activity-0-title"), "workspace-handlingsplan-method");
        browser.press("Spara");
        assertThat(browser.mainText()).contains("Handlingsplanen är sparad som version 1.");

        browser.open("/camunda/app/tasklist/default/");
        browser.openFilter(COORDINATOR_TASKS);
        openTask("planActivities", "Handbokens checklista för insatser");
        browser.check("Varje aktivitet har en programteori: varför, hur, kort- och långsiktiga resultat");
        browser.check("Målen är mätbara");
        browser.check("Uppföljningen av varje aktivitet är planerad");
        browser.complete();
    }

    private void activity(int index, String title, String department, String role, String shortTerm) {
        String p = "activity-" + index + "-";
        if (title != null) {
            browser.fill(p + "title", title);
        }
        browser.selectValue(p + "department", department);
        browser.fill(p + "role", role);
        browser.fill(p + "start", TODAY.toString());
        browser.fill(p + "end", TODAY.plusMonths(6).toString());
        browser.fill(p + "sek", "25000");
        browser.fill(p + "hours", "120");
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id(p + "level"))).selectByIndex(1);
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id(p + "kind"))).selectByIndex(1);
        browser.selectValue(p + "ambition", "AVANCERAD");
        browser.fill(p + "why", "Lägesbilden visar många kränkningar och otrygghet.");
        browser.fill(p + "how", "Samtal och övningar som ändrar normer och ger verktyg att ingripa.");
        browser.fill(p + "short", shortTerm);
        browser.fill(p + "long", "Färre utsätts för våld i Norsjö.");
    }

    private void stepFiveFollowUpAndStartTheNextCycle() {
        proposeDecision("steering", "Mål i styrdokument för IAVP");
        // Steering documents are the board's decision, registered by its chair; the kommunchef may not take it.
        approveDecision("steering", "chair-2417", "Beslut för ordföranden");
        assertThat(waitingAt()).contains("followUpPlan");

        asUser(COORDINATOR, "fiveSteps-5-coordinator");
        browser.open(HANDLINGSPLAN);
        browser.visible(By.id("follow-up-form"));
        assertThat(browser.mainText()).contains("Inte mätt ännu");
        browser.selectValue("activity-0-status", "DONE");
        browser.fill("activity-0-comment", "Alla klasser i årskurs 7 och 8 deltog.");
        browser.selectValue("activity-1-status", "DONE");
        browser.fill("activity-1-comment", "Två vandringar med 40 deltagare.");
        browser.fill("outcome-0-value", "35");
        browser.fill("outcome-0-date", TODAY.toString());
        browser.fill("outcome-0-comment", "Elevenkäten i höstas.");
        browser.press("Spara");
        assertThat(browser.mainText()).contains("Handlingsplanen är sparad som version 2.");
        String progress = browser.visible(By.cssSelector("#follow-up-form .goal-progress"))
                .getText();
        assertThat(progress).contains("På väg mot målet", "från 40 till 30", "visade 35", "50 % av vägen");
        browser.checkAccessibility("handlingsplan-follow-up");
        assertThat(browser.mainText())
                .as("the activity from the method bank links to its method")
                .contains(methodName);
        browser.screenshotAt(By.id("follow-up-form"), "workspace-handlingsplan-follow-up");

        browser.open("/kommuner/2417/avstamningar");
        browser.checkAccessibility("avstamningar");
        browser.screenshot("workspace-avstamningar");

        browser.open("/camunda/app/tasklist/default/");
        browser.openFilter(COORDINATOR_TASKS);
        openTask("followUpPlan", "Handlingsplanen med uppföljning");
        browser.complete();
        openTask("spreadLessons", "Lärdomar");
        browser.type("Lärdomar", "Eleverna vill fortsätta; trygghetsvandringarna behöver fler deltagare.");
        browser.check("Kommunens ledning");
        browser.check("Länsstyrelsen och andra kommuner");
        browser.choose("Nästa cykel börjar med en ny lägesbild (steg 2)");
        browser.type("Nästa cykels namn", "Norsjö 2028");
        browser.complete();

        assertThat(waitingAt()).contains("chooseViolenceTypes").doesNotContain("spreadLessons", "followUpPlan");
        assertThat(runtimeService.getVariable(cycle, "cycleNumber")).isEqualTo(2);
        assertThat(runtimeService.getVariable(cycle, "cycleLabel")).isEqualTo("Norsjö 2028");
        browser.open("/");
        assertThat(browser.mainText()).contains("Norsjö 2028", "Steg 2: Beskriv våld som problem");
        browser.screenshot("workspace-start-next-cycle");
    }

    /** The coordinator proposes the cycle's decision in Tasklist; the cycle names its type and title. */
    private void proposeDecision(String what, String titleStart) {
        asUser(COORDINATOR, "fiveSteps-" + what + "-proposal");
        browser.openFilter(COORDINATOR_TASKS);
        Task prepare = decisionTask("prepareProposal");
        browser.waitForTaskListEntry(prepare.getName());
        browser.openTask(prepare.getId());
        browser.claimIfOffered();
        browser.waitForForm("Bakgrund och förslag");
        assertThat(browser.valueOf("Vad ska beslutas?")).startsWith(titleStart);
        browser.type("Bakgrund och förslag", "Kommunteamet föreslår beslutet enligt handboken.");
        browser.type("Mandat", "Teamet får arbeta med handbokens fem steg.");
        browser.type("Resurser i kronor", "50000");
        browser.type("Resurser i arbetstimmar", "200");
        browser.typeDate("Datum för uppföljning", TODAY.plusMonths(3).toString());
        browser.complete();
        endSession();
    }

    /**
     * The decider the routing chose, another person than the proposer, approves the decision in Tasklist; the form
     * names the proposer and says why this decider.
     */
    private void approveDecision(String what, String decider, String filter) {
        asUser(decider, "fiveSteps-" + what + "-decider");
        browser.openFilter(filter);
        Task approve = decisionTask("approveDecision");
        browser.waitForTaskListEntry(approve.getName());
        browser.openTask(approve.getId());
        browser.claimIfOffered();
        browser.waitForForm("Bakgrund och förslag");
        assertThat(browser.valueOf("Förslaget lämnat av")).isEqualTo("Samordnare Norsjö");
        assertThat(browser.valueOf("Varför du beslutar")).contains("fyra ögon");
        browser.choose("Bifall: förslaget beslutas");
        browser.complete();
        endSession();
    }

    private void endSession() {
        browser.close();
        browser = null;
    }

    private void asUser(String user, String sessionName) {
        if (browser != null) {
            endSession();
        }
        browser = TasklistBrowser.start(port, sessionName);
        browser.login(user);
    }

    /** Opens the cycle's task with this key from the filter shown now. */
    private void openTask(String key, String firstFieldLabel) {
        Task task = waitForTask(cycle, key);
        browser.waitForTaskListEntry(task.getName());
        browser.openTask(task.getId());
        browser.claimIfOffered();
        browser.waitForForm(firstFieldLabel);
    }

    /** Clicking the form's link leads to the situation picture page, in this tab or a new one; then back. */
    private void followedToTheSituationPage(String tasklist) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        wait.until(d -> d.getWindowHandles().size() > 1 || d.getCurrentUrl().endsWith(LAGESBILD));
        List<String> windows = new ArrayList<>(browser.driver().getWindowHandles());
        if (windows.size() > 1) {
            windows.remove(tasklist);
            browser.driver().switchTo().window(windows.get(0));
            wait.until(ExpectedConditions.urlContains(LAGESBILD));
        }
        assertThat(browser.visible(By.cssSelector("main h1")).getText()).startsWith("Lägesbild");
        if (windows.size() > 1) {
            browser.driver().close();
            browser.driver().switchTo().window(tasklist);
        } else {
            browser.driver().navigate().back();
        }
        browser.waitForForm("Handbokens checklista för lägesbilden");
    }

    private Task decisionTask(String key) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        return wait.until(d -> {
            ProcessInstance decision = runtimeService
                    .createProcessInstanceQuery()
                    .superProcessInstanceId(cycle)
                    .processDefinitionKey("municipalDecision")
                    .singleResult();
            return decision == null ? null : task(decision.getId(), key);
        });
    }

    private Task waitForTask(String processInstanceId, String key) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "no open task " + key + "; the cycle waits at " + waitingAt())
                .until(d -> task(processInstanceId, key));
    }

    private List<String> waitingAt() {
        return runtimeService.getActiveActivityIds(cycle);
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

    private Task task(String processInstanceId, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult();
    }
}
