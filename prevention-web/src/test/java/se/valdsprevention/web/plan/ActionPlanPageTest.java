package se.valdsprevention.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Activity;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.Goal;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.plan.ProgrammeTheory;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.web.methods.MethodCatalogue;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;

/** Handlingsplanen: written and followed up through plain forms, by those who may, while the cycle lets it change. */
class ActionPlanPageTest extends WorkspaceTest {

    static final String METHOD_ID = "plan-test-foraldrastod";
    static final String INDICATOR = "school-harassment";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    SituationPictures pictures;

    @Autowired
    ActionPlans plans;

    @Autowired
    ConfigurableApplicationContext context;

    private final List<String> started = new ArrayList<>();

    /** The method bank is another feature's; the test county's bank knows one method. */
    @BeforeEach
    void methodBankWithOneMethod() {
        var beans = context.getBeanFactory();
        if (!beans.containsSingleton("planTestMethods")) {
            MethodCatalogue catalogue = id -> METHOD_ID.equals(id)
                    ? Optional.of(new MethodCatalogue.MethodReference(METHOD_ID, "Föräldrastöd ABC"))
                    : Optional.empty();
            beans.registerSingleton("planTestMethods", catalogue);
        }
    }

    /** Gone after each test, so that no other feature's test meets a second method catalogue. */
    @AfterEach
    void removeTheTestMethodBank() {
        var beans = (org.springframework.beans.factory.support.DefaultListableBeanFactory) context.getBeanFactory();
        if (beans.containsSingleton("planTestMethods")) {
            beans.destroySingleton("planTestMethods");
        }
    }

    @AfterEach
    void endCycles() {
        started.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
        started.clear();
    }

    @Test
    void theCoordinatorWritesAPlanWithTwoActivitiesWithoutJavaScript() {
        String cycleId = cycleAt("2417", "planActivities");
        String path = "/kommuner/2417/handlingsplan?cykel=" + cycleId;
        PageSession coordinator = loggedIn("coordinator-2417");

        Page prefilled = coordinator.get(path + "&metod=" + METHOD_ID);
        assertThat(prefilled.status()).isEqualTo(200);
        assertThat(prefilled.mainText()).contains("förifylld med metoden ”Föräldrastöd ABC”");
        assertThat(prefilled
                        .document()
                        .select("input[name=activities[0].title]")
                        .attr("value"))
                .isEqualTo("Föräldrastöd ABC");

        Page twoActivities = coordinator.submit(prefilled, "#plan-form", Map.of("action", "addActivity"));
        assertThat(twoActivities.status()).isEqualTo(200);
        assertThat(twoActivities
                        .document()
                        .select("fieldset.plan-block > legend")
                        .eachText())
                .containsExactly("Aktivitet 1 (Föräldrastöd ABC)", "Aktivitet 2");
        Page withGoal = coordinator.submit(twoActivities, "#plan-form", Map.of("action", "addGoal"));
        assertThat(withGoal.document().select("select[name=goals[0].indicatorId] option[value=" + INDICATOR + "]"))
                .hasSize(1);
        assertThat(plans.history(cycleId)).isEmpty();

        Map<String, String> values = new HashMap<>(planValues());
        values.putAll(activityValues(1, "Trygga skolvägar"));
        values.put("action", "save");
        Page saved = coordinator.submit(withGoal, "#plan-form", values);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("sparad=1");
        Page reloaded = coordinator.get(path);
        Document page = reloaded.document();
        assertThat(page.select("textarea[name=vision]").text()).isEqualTo("Ingen i Norsjö ska utsättas för våld.");
        assertThat(page.select("textarea[name=goals[0].description]").text()).isEqualTo("Färre elever kränks.");
        assertThat(page.select("input[name=activities[0].title]").attr("value")).isEqualTo("Föräldrastöd ABC");
        assertThat(page.select("input[name=activities[1].title]").attr("value")).isEqualTo("Trygga skolvägar");
        assertThat(page.select("a[href='/metodbank/" + METHOD_ID + "']").text())
                .as(reloaded.body())
                .isEqualTo("Föräldrastöd ABC");
        assertThat(page.select("table.plan-revisions tbody tr").text()).contains("1", "Sara Samordnare");
        ActionPlan stored = plans.latest(cycleId).orElseThrow().plan();
        assertThat(stored.activities()).extracting(Activity::methodId).containsExactly(METHOD_ID, null);
        String task = planTask(cycleId);
        assertThat((String) taskService.getVariable(task, "actionPlanSummary"))
                .contains("Vision: Ingen i Norsjö", "Aktivitet: Trygga skolvägar");
        assertThat(page.select("a[href$=/camunda/app/tasklist/default/#/?task=" + task + "]")
                        .text())
                .isEqualTo("Slutför uppgiften i Tasklist");
    }

    @Test
    void inStepFiveTheFollowUpIsEnteredAndTheGoalsProgressShown() {
        String cycleId = cycleAt("2417", "followUpPlan");
        plans.save(cycleId, storedPlan("2417"), "coordinator-2417", EngineClock.now());
        String path = "/kommuner/2417/handlingsplan?cykel=" + cycleId;
        PageSession coordinator = loggedIn("coordinator-2417");

        Page form = coordinator.get(path);
        assertThat(form.document().select("#plan-form")).isEmpty();
        assertThat(form.mainText()).contains("Inte mätt ännu");
        Page saved = coordinator.submit(
                form,
                "#follow-up-form",
                Map.of(
                        "activities[0].status", "DONE",
                        "activities[0].followUpComment", "Alla föräldrar i årskurs 7 bjöds in.",
                        "outcomes[0].value", "10",
                        "outcomes[0].date", "2027-06-30",
                        "action", "save"));

        assertThat(saved.status()).isEqualTo(302);
        Page shown = coordinator.get(path);
        assertThat(shown.document().select(".goal-progress").first().text())
                .contains("På väg mot målet", "från 13 till 8", "2027-06-30", "10", "60 %");
        ActionPlan stored = plans.latest(cycleId).orElseThrow().plan();
        assertThat(stored.productionFollowUps())
                .singleElement()
                .satisfies(f -> assertThat(f.comment()).isEqualTo("Alla föräldrar i årskurs 7 bjöds in."));
        assertThat(stored.outcomeFollowUps())
                .singleElement()
                .satisfies(f -> assertThat(f.measuredValue()).isEqualByComparingTo("10"));
        assertThat(shown.mainText()).contains("genomförd");
    }

    @Test
    void whoMaySeeAndWhoMaySave() {
        String cycleId = cycleAt("2417", "planActivities");
        plans.save(cycleId, storedPlan("2417"), "coordinator-2417", EngineClock.now());
        String path = "/kommuner/2417/handlingsplan?cykel=" + cycleId;

        for (String editor : List.of("coordinator-2417", "team-2417")) {
            Page page = loggedIn(editor).get(path);
            assertThat(page.status()).as(editor).isEqualTo(200);
            assertThat(page.document().select("#plan-form")).as(editor).hasSize(1);
        }
        Page teamSave = loggedIn("team-2417").submit(path, "#plan-form", Map.of("action", "save"));
        assertThat(teamSave.status()).isEqualTo(302);
        assertThat(plans.history(cycleId)).hasSize(2);

        String token = loggedIn("coordinator-2417").csrfToken(path);
        for (String reader : List.of("manager-2417", "police-2417", "county-24")) {
            PageSession session = loggedIn(reader);
            Page page = session.get(path);
            assertThat(page.status()).as(reader).isEqualTo(200);
            assertThat(page.document().select("main form, main input, main textarea, main select"))
                    .as(reader)
                    .isEmpty();
            assertThat(page.mainText()).as(reader).contains("Föräldrastöd", "Du kan läsa handlingsplanen");
            Page post = session.post(path, Map.of("_csrf", List.of(session.csrfToken("/")), "vision", List.of("x")));
            assertThat(post.status()).as(reader).isEqualTo(403);
        }
        assertThat(token).isNotBlank();
        PageSession sorsele = loggedIn("coordinator-2422");
        assertThat(sorsele.get(path).status()).isEqualTo(404);
        assertThat(sorsele.post(path, Map.of("_csrf", List.of(sorsele.csrfToken("/"))))
                        .status())
                .isEqualTo(404);
        assertThat(anonymous().get(path).redirectsTo("/login")).isTrue();
        assertThat(loggedIn("coordinator-2417")
                        .post(path, Map.of("vision", List.of("utan token")))
                        .status())
                .isEqualTo(403);
        assertThat(plans.history(cycleId)).hasSize(2);
    }

    @Test
    void aPlanThatCannotChangeNowIsReadOnlyAndAForcedSaveIsRefused() {
        String cycleId = cycleAt("2417", "spreadLessons");
        plans.save(cycleId, storedPlan("2417"), "coordinator-2417", EngineClock.now());
        String path = "/kommuner/2417/handlingsplan?cykel=" + cycleId;
        PageSession coordinator = loggedIn("coordinator-2417");

        Page page = coordinator.get(path);
        assertThat(page.document().select("main form")).isEmpty();
        assertThat(page.mainText()).contains("Cykeln är nu i ett annat skede");
        Map<String, List<String>> forced = new LinkedHashMap<>();
        forced.put("_csrf", List.of(coordinator.csrfToken("/")));
        forced.put("baseRevision", List.of("1"));
        forced.put("vision", List.of("Ändrad"));
        Page post = coordinator.post(path, forced);
        assertThat(post.status()).isEqualTo(409);
        assertThat(post.mainText()).contains("inget sparades");
        assertThat(plans.history(cycleId)).hasSize(1);
    }

    @Test
    void theGoalsAreRevisedAfterARejectionAndAnEarlierCyclesPlanIsReadOnly() {
        String cycleId = cycleAt("2417", "reviseSteeringProposal");
        plans.save(cycleId, storedPlan("2417"), "coordinator-2417", EngineClock.now());
        PageSession coordinator = loggedIn("coordinator-2417");

        Page revise = coordinator.get("/kommuner/2417/handlingsplan?cykel=" + cycleId);
        assertThat(revise.document().select("#plan-form")).hasSize(1);
        assertThat(revise.mainText()).contains("Arbeta om förslaget till mål");

        String earlier = "plantest-earlier-" + java.util.UUID.randomUUID();
        plans.save(earlier, storedPlan("2417"), "coordinator-2417", EngineClock.now());
        Page old = coordinator.get("/kommuner/2417/handlingsplan?cykel=" + earlier);
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.document().select("main form")).isEmpty();
        assertThat(old.mainText()).contains("tidigare cykel", "Föräldrastöd", "Inte mätt ännu");
        assertThat(loggedIn("coordinator-2422")
                        .get("/kommuner/2422/handlingsplan?cykel=" + earlier)
                        .status())
                .isEqualTo(404);
        assertThat(coordinator
                        .get("/kommuner/2417/handlingsplan?cykel=%3Cscript%3E")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void withTwoCyclesOpenForPlanningTheUserChoosesOneAndAPostWithoutChoiceSavesNothing() {
        String first = cycleAt("2422", "planActivities");
        String second = cycleAt("2422", "followUpPlan");
        PageSession coordinator = loggedIn("coordinator-2422");

        Page choice = coordinator.get("/kommuner/2422/handlingsplan");
        assertThat(choice.status()).isEqualTo(200);
        assertThat(choice.document().select("ul.plan-cycles a").eachAttr("href"))
                .contains(
                        "/kommuner/2422/handlingsplan?cykel=" + first, "/kommuner/2422/handlingsplan?cykel=" + second);
        Page post = coordinator.post(
                "/kommuner/2422/handlingsplan",
                Map.of("_csrf", List.of(coordinator.csrfToken("/")), "vision", List.of("Vilken cykel?")));
        assertThat(post.status()).isEqualTo(409);
        assertThat(plans.history(first)).isEmpty();
        assertThat(plans.history(second)).isEmpty();
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndNothingIsSaved() {
        String cycleId = cycleAt("2417", "planActivities");
        plans.save(cycleId, storedPlan("2417"), "coordinator-2417", EngineClock.now());
        String path = "/kommuner/2417/handlingsplan?cykel=" + cycleId;
        PageSession coordinator = loggedIn("coordinator-2417");

        Map<String, String> bad = new HashMap<>();
        bad.put("vision", " ");
        bad.put("activities[0].title", "");
        bad.put("activities[0].sek", "abc");
        bad.put("activities[0].hours", "-5");
        bad.put("activities[0].start", "2027-06-01");
        bad.put("activities[0].end", "2027-02-01");
        bad.put("goals[0].deadline", "2026-02-30");
        bad.put("periodStart", "-0001-01-01");
        bad.put("activities[0].why", "x".repeat(1024 * 1024));
        bad.put("action", "save");
        Page refused = coordinator.submit(path, "#plan-form", bad);

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.select("[role=alert] a").eachAttr("href"))
                .contains(
                        "#vision",
                        "#activity-0-title",
                        "#activity-0-sek",
                        "#activity-0-hours",
                        "#activity-0-end",
                        "#goal-0-deadline",
                        "#period-start",
                        "#activity-0-why");
        assertNextTo(page, "activity-0-sek", "Skriv ett tal");
        assertNextTo(page, "activity-0-hours", "negativt");
        assertNextTo(page, "activity-0-end", "före startdatumet");
        assertNextTo(page, "goal-0-deadline", "ÅÅÅÅ-MM-DD");
        assertNextTo(page, "period-start", "1900-01-01");
        assertNextTo(page, "activity-0-why", "högst 10 000 tecken");
        assertNextTo(page, "vision", "Fyll i ”Vision”");
        assertThat(page.select("[role=alert]").text())
                .contains("Aktivitet 1: Titel", "Aktivitet 1: Kostnad i kronor", "Vision: Fyll i");
        assertThat(page.select("input[name=activities[0].sek]").attr("value")).isEqualTo("abc");
        assertThat(page.select("#activity-0-sek").attr("aria-invalid")).isEqualTo("true");
        assertThat(plans.history(cycleId)).hasSize(1);

        Page script = coordinator.submit(
                path, "#plan-form", Map.of("activities[0].title", "<script>alert(1)</script>", "vision", ""));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");

        Page unknownMethod = coordinator.get(path + "&metod=finns-inte");
        assertThat(unknownMethod.mainText()).contains("finns inte i metodbanken, så ingen aktivitet förifylldes");
        assertThat(unknownMethod.document().select("input[name=activities[1].title]"))
                .isEmpty();
        Page invalidMethod = coordinator.get(path + "&metod=%3Cscript%3E");
        assertThat(invalidMethod.mainText()).contains("Länken till metoden är ogiltig");

        Map<String, List<String>> flood = new LinkedHashMap<>();
        flood.put("_csrf", List.of(coordinator.csrfToken(path)));
        flood.put("baseRevision", List.of("1"));
        for (int i = 0; i < 10_000; i++) {
            flood.put("activities[" + i + "].title", List.of("x"));
        }
        long before = System.nanoTime();
        Page tooMany = coordinator.post(path, flood);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(System.nanoTime() - before).isLessThan(10_000_000_000L);
        assertThat(tooMany.mainText()).contains("högst 300 aktiviteter");
        Map<String, List<String>> farIndex = new LinkedHashMap<>();
        farIndex.put("_csrf", List.of(coordinator.csrfToken(path)));
        farIndex.put("activities[9999].title", List.of("x"));
        Page far = coordinator.post(path, farIndex);
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.mainText()).contains("högst 300 aktiviteter");

        Page stale = coordinator.submit(
                path, "#plan-form", Map.of("baseRevision", "0", "vision", "Min nya vision", "action", "save"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.mainText()).contains("Någon annan har sparat handlingsplanen");
        assertThat(stale.document().select("textarea[name=vision]").text()).isEqualTo("Min nya vision");
        assertThat(plans.history(cycleId)).hasSize(1);
    }

    @Test
    void aCoreRefusalIsShownAtTheActivityFieldItNames() {
        String cycleId = cycleAt("2422", "planActivities");
        plans.save(cycleId, storedPlan("2422"), "coordinator-2422", EngineClock.now());
        PageSession coordinator = loggedIn("coordinator-2422");

        Page page = coordinator.get("/kommuner/2422/handlingsplan");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#plan-form")).hasSize(1);
        Page refused = coordinator.submit(
                "/kommuner/2422/handlingsplan",
                "#plan-form",
                Map.of("activities[0].why", "", "activities[0].start", "2020-01-01", "action", "save"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("[role=alert]").text())
                .contains("Aktivitet 1 (Föräldrastöd): Varför", "Aktivitet 1 (Föräldrastöd): Startdatum");
        assertNextTo(refused.document(), "activity-0-start", "inom planens period");
        Page coreRefused = coordinator.submit(
                "/kommuner/2422/handlingsplan",
                "#plan-form",
                Map.of("activities[0].decisionReference", "-ks-12", "action", "save"));
        assertThat(coreRefused.status()).isEqualTo(400);
        assertThat(coreRefused.document().getElementById("activity-0-decision-error"))
                .as("the domain type's refusal of the decision id, at its field")
                .isNotNull();
        assertThat(coreRefused.document().select("[role=alert]").text())
                .contains("Aktivitet 1 (Föräldrastöd): Beslut (id)");
        assertThat(plans.history(cycleId)).hasSize(1);
    }

    private static void assertNextTo(Document page, String fieldId, String text) {
        Element error = page.getElementById(fieldId + "-error");
        assertThat(error).as("error next to " + fieldId).isNotNull();
        assertThat(error.text()).contains(text);
        assertThat(page.getElementById(fieldId).attr("aria-describedby")).contains(fieldId + "-error");
    }

    private Map<String, String> planValues() {
        Map<String, String> values = new HashMap<>();
        values.put("vision", "Ingen i Norsjö ska utsättas för våld.");
        values.put("periodStart", "2027-01-01");
        values.put("periodEnd", "2029-12-31");
        values.put("goals[0].description", "Färre elever kränks.");
        values.put("goals[0].indicatorId", INDICATOR);
        values.put("goals[0].baseline", "13");
        values.put("goals[0].target", "8");
        values.put("goals[0].deadline", "2029-12-31");
        values.putAll(activityValues(0, "Föräldrastöd ABC"));
        return values;
    }

    private static Map<String, String> activityValues(int index, String title) {
        String n = "activities[" + index + "].";
        Map<String, String> values = new HashMap<>();
        values.put(n + "title", title);
        values.put(n + "department", "SCHOOL");
        values.put(n + "responsibleRole", "Rektor");
        values.put(n + "start", "2027-02-01");
        values.put(n + "end", "2027-12-15");
        values.put(n + "sek", "25 000");
        values.put(n + "hours", "120,5");
        values.put(n + "preventionLevel", "UNIVERSAL");
        values.put(n + "preventionKind", "SOCIAL");
        values.put(n + "ambitionLevel", "AVANCERAD");
        values.put(n + "why", "Många elever kränks.");
        values.put(n + "how", "Samtal i varje klass.");
        values.put(n + "shortTerm", "Eleverna säger ifrån.");
        values.put(n + "longTerm", "Färre kränks.");
        return values;
    }

    private static ActionPlan storedPlan(String code) {
        Goal goal = new Goal(
                "mal-1",
                "Färre elever kränks.",
                INDICATOR,
                new BigDecimal("13"),
                new BigDecimal("8"),
                LocalDate.of(2029, 12, 31));
        Activity activity = new Activity(
                "aktivitet-1",
                "Föräldrastöd",
                Department.SOCIAL_SERVICES,
                "Enhetschef",
                new ReportingPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 1)),
                new Resources(new BigDecimal("10000"), new BigDecimal("40")),
                null,
                PreventionLevel.SELECTIVE,
                PreventionKind.SOCIAL,
                AmbitionLevel.AVANCERAD,
                new ProgrammeTheory(
                        "Föräldrar saknar stöd.", "Grupper för föräldrar.", "Tryggare föräldrar.", "Mindre våld."),
                null);
        return new ActionPlan(
                code,
                new ReportingPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)),
                "Ingen ska utsättas för våld.",
                List.of(goal),
                List.of(activity),
                List.of(),
                List.of());
    }

    /** A cycle of the municipality waiting at {@code taskKey}, with an agreed situation picture of its own. */
    private String cycleAt(String code, String taskKey) {
        String processInstance = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariables(Map.of("municipalityCode", code, "cycleLabel", "Plantest " + taskKey))
                .startBeforeActivity(taskKey)
                .execute()
                .getId();
        started.add(processInstance);
        String cycleId = (String) runtimeService.getVariable(processInstance, "cycleId");
        Indicator indicator = new Indicator(
                INDICATOR,
                "Elever som kränkts i skolan",
                "Skolenkät",
                Unit.PERCENT,
                false,
                null,
                new BigDecimal("14"),
                new BigDecimal("12"),
                new BigDecimal("13"),
                null);
        SituationPicture picture = new SituationPicture(
                        code,
                        ReportingPeriod.ofYear(2026),
                        List.of(),
                        PictureStatus.DRAFT,
                        null,
                        null,
                        List.of(indicator),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of())
                .agree("Kommunteamet", LocalDate.of(2026, 11, 30));
        pictures.save(cycleId, picture, "coordinator-" + code, EngineClock.now());
        return cycleId;
    }

    private String planTask(String cycleId) {
        return taskService
                .createTaskQuery()
                .processVariableValueEquals("cycleId", cycleId)
                .active()
                .singleResult()
                .getId();
    }
}
