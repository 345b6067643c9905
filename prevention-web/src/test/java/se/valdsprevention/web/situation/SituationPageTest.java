package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.situation.SituationPageFixture.picture;
import static se.valdsprevention.web.situation.SituationPageFixture.post;
import static se.valdsprevention.web.situation.SituationPageFixture.url;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The coordinator and the team write the situation picture on the page; the others read it; the rest get 404. */
class SituationPageTest extends WorkspaceTest {

    static final String FORM = "#lagesbild-form";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    SituationPageFixture cycles;

    @BeforeEach
    void fixture() {
        cycles = new SituationPageFixture(runtimeService, identityService, pictures);
    }

    @AfterEach
    void cleanUp() {
        cycles.deleteStarted();
    }

    @Test
    void aNewPictureStartsWithTheViolenceTypesChosenInTasklist() {
        cycles.startWith(
                "2417",
                "Norsjö 2027",
                Map.of(
                        "violenceTypes",
                        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"SEXUAL\",\"SCHOOL\"]")
                                .create()),
                "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");

        Page page = coordinator.get(url("2417"));

        assertThat(page.document()
                        .select(FORM + " input[name=violenceTypes][checked]")
                        .eachAttr("value"))
                .containsExactly("SEXUAL", "SCHOOL");
    }

    @Test
    void theCoordinatorWritesSixIndicatorsRowByRowWithoutJavaScriptAndSavesADraft() {
        String cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");

        Page page = coordinator.get(url("2417"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select(FORM + " tbody tr")).isEmpty();
        String[][] rows = {
            {"Elever utsatta för kränkningar", "Skolenkäten", "40", "35", "75"},
            {"Anmälda misshandelsbrott", "Polisen", "12", "30", "42"},
            {"Kontakter med kvinnojouren", "Kvinnojouren", "25", "0", "25"},
            {"Otrygghet kvällstid", "NTU", "38", "14", "52"},
            {"Orosanmälningar barn", "Socialtjänsten", "21", "19", "40"},
            {"Hedersrelaterade ärenden", "Socialtjänsten", "6", "5", "11"},
        };
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            typed.put("action", "addIndicator");
            page = coordinator.submitFrom(page, FORM, typed);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.document().select(FORM + " tbody tr")).hasSize(i + 1);
            typed = new HashMap<>();
            String p = "indicators[" + i + "].";
            typed.put(p + "name", rows[i][0]);
            typed.put(p + "source", rows[i][1]);
            typed.put(p + "women", rows[i][2]);
            typed.put(p + "men", rows[i][3]);
            typed.put(p + "total", rows[i][4]);
        }
        typed.put("periodStart", "2026-01-01");
        typed.put("periodEnd", "2026-12-31");
        typed.put("violenceTypes", "CLOSE_RELATIONSHIPS");
        typed.put("action", "save");
        assertThat(cycles.revisions(cycle)).isZero();

        Page saved = coordinator.submitFrom(page, FORM, typed);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains(url("2417"));
        Document reloaded = coordinator.get(url("2417")).document();
        assertThat(reloaded.select(FORM + " tbody tr input[type=text][name$='.name']")
                        .eachAttr("value"))
                .containsExactly(
                        "Elever utsatta för kränkningar",
                        "Anmälda misshandelsbrott",
                        "Kontakter med kvinnojouren",
                        "Otrygghet kvällstid",
                        "Orosanmälningar barn",
                        "Hedersrelaterade ärenden");
        assertThat(reloaded.select(FORM + " tbody tr input[name$='.id']").eachAttr("value"))
                .contains("elever-utsatta-for-krankningar", "hedersrelaterade-arenden");
        assertThat(reloaded.select("main [id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(reloaded.select("main input[type=text], main select, main textarea"))
                .allSatisfy(field -> assertThat(reloaded.select("label[for=" + field.id() + "]"))
                        .as("label of " + field.id())
                        .hasSize(1));
        assertThat(reloaded.select("#versioner tbody tr")).hasSize(1);
        assertThat(reloaded.select("#versioner tbody tr").text()).contains("Sara Samordnare", "utkast");
        assertThat(reloaded.select("#status").text()).isEqualTo("utkast");
        Object summary = runtimeService.getVariable(cycle, "situationPictureSummary");
        assertThat(summary).asString().contains("6 indikatorer", "Hedersrelaterade ärenden");
        String taskId = taskService
                .createTaskQuery()
                .processInstanceId(cycle)
                .taskDefinitionKey("describeSituation")
                .singleResult()
                .getId();
        assertThat(reloaded.select("a[href$=/camunda/app/tasklist/default/#/?task=" + taskId + "]")
                        .text())
                .isEqualTo("Slutför uppgiften i Tasklist");

        Page second = coordinator.submit(url("2417"), FORM, Map.of("indicators[0].women", "38", "action", "save"));

        assertThat(second.status()).isEqualTo(302);
        Document after = coordinator.get(url("2417")).document();
        assertThat(after.select("#versioner tbody tr")).hasSize(2);
        assertThat(after.select("#andringar").text())
                .contains("Indikatorn ”Elever utsatta för kränkningar”: kvinnor 40 → 38");
        assertThat(cycles.revisions(cycle)).isEqualTo(2);
    }

    @Test
    void rowsAreRemovedWithoutJavaScriptAndOnlySavedOnSave() {
        String cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        PageSession team = loggedIn("team-2417");
        Map<String, String> fields = picture("Kränkningar", "10", "10", "20");
        fields.put("indicators[1].name", "Hot på stan");
        fields.put("indicators[1].unit", "CASES");
        fields.put("indicators[1].total", "9");
        assertThat(post(team, "2417", fields).status()).isEqualTo(302);

        Page removed = team.submit(url("2417"), FORM, Map.of("action", "removeIndicator:0"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.document()
                        .select(FORM + " tbody tr input[type=text][name$='.name']")
                        .eachAttr("value"))
                .containsExactly("Hot på stan");
        assertThat(cycles.revisions(cycle)).isEqualTo(1);
        assertThat(team.submitFrom(removed, FORM, Map.of("action", "save")).status())
                .isEqualTo(302);
        assertThat(pictures.latest(cycles.cycleId(cycle))
                        .orElseThrow()
                        .picture()
                        .indicators())
                .extracting(i -> i.id())
                .containsExactly("hot-pa-stan");
        assertThat(team.get(url("2417")).document().select("#andringar").text())
                .contains("Indikatorn ”Kränkningar” togs bort.");
    }

    @Test
    void readersSeeThePictureWithoutFormsAndCannotPost() {
        String cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        assertThat(post(loggedIn("coordinator-2417"), "2417", picture("Kränkningar", "10", "12", "22"))
                        .status())
                .isEqualTo(302);

        for (String reader : List.of("manager-2417", "county-24")) {
            PageSession session = loggedIn(reader);
            Page page = session.get(url("2417"));
            assertThat(page.status()).as(reader).isEqualTo(200);
            assertThat(page.document().select("main form, main input, main select, main textarea"))
                    .as(reader)
                    .isEmpty();
            assertThat(page.document().select("table.indicators").text()).contains("Kränkningar", "22");

            Page refused = post(session, "2417", picture("Ändrat av " + reader, "1", "1", "2"));

            assertThat(refused.status()).as(reader).isEqualTo(403);
            assertThat(refused.mainText()).contains("Du kan läsa lägesbilden men inte ändra den");
        }
        assertThat(cycles.revisions(cycle)).isEqualTo(1);
    }

    @Test
    void theTeamSavesToo() {
        String cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation");

        Page saved = post(loggedIn("team-2417"), "2417", picture("Kränkningar", "10", "12", "22"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(pictures.latest(cycles.cycleId(cycle)).orElseThrow().author())
                .isEqualTo("team-2417");
        assertThat(runtimeService.getVariable(cycle, "situationPictureSummary"))
                .asString()
                .contains("Kränkningar");
    }

    @Test
    void otherMunicipalitiesAnonymousUsersAndPostsWithoutCsrfAreRefused() {
        String cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        PageSession sorsele = loggedIn("coordinator-2422");

        assertThat(sorsele.get(url("2417")).status()).isEqualTo(404);
        assertThat(post(sorsele, "2417", picture("Från Sorsele", "10", "10", "20"))
                        .status())
                .isEqualTo(404);
        assertThat(sorsele.get(url("9999")).status()).isEqualTo(404);

        Page anonymous = anonymous().get(url("2417"));
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");

        PageSession coordinator = loggedIn("coordinator-2417");
        Map<String, List<String>> withoutToken = new LinkedHashMap<>();
        picture("Utan token", "10", "10", "20").forEach((k, v) -> withoutToken.put(k, List.of(v)));
        assertThat(coordinator.post(url("2417"), withoutToken).status()).isEqualTo(403);

        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void outsideTheWritingStepThePageIsReadOnlyAndAForcedPostSavesNothing() {
        String cycle = cycles.startAt("2417", "Norsjö 2027", "agreeSituationPicture");
        PageSession coordinator = loggedIn("coordinator-2417");

        Page page = coordinator.get(url("2417"));

        assertThat(page.document().select(FORM)).isEmpty();
        assertThat(page.document().select("#skrivskydd").text()).contains("fastställas");
        Map<String, List<String>> forced = new LinkedHashMap<>();
        forced.put("_csrf", List.of(coordinator.csrfToken(url("2417"))));
        forced.put("cycleId", List.of(cycles.cycleId(cycle)));
        forced.put("baseRevision", List.of("0"));
        picture("Tvingad", "10", "10", "20").forEach((k, v) -> forced.put(k, List.of(v)));
        Page refused = coordinator.post(url("2417"), forced);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#konflikt").text()).contains("Inget sparades");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void smallCountsAreSuppressedInTheReadOnlyView() {
        cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        assertThat(post(loggedIn("coordinator-2417"), "2417", picture("Sexuella trakasserier", "3", "12", "15"))
                        .status())
                .isEqualTo(302);

        Page page = loggedIn("manager-2417").get(url("2417"));

        var cells = page.document().select("table.indicators tbody tr td.number");
        assertThat(cells.eachText()).containsExactly("färre än 5", "dolt för att skydda små tal", "15");
        assertThat(cells.select(".suppressed")).hasSize(2);
        assertThat(page.body()).doesNotContain(">3<", ">12<");
        assertThat(page.document().select("#diagram figure.chart img").eachAttr("src"))
                .as("the charts of this cycle's picture, drawn on the server")
                .hasSize(3)
                .allMatch(src -> src.startsWith("/kommuner/2417/lagesbild/diagram/") && src.contains("cykel="));
        String genderBars = page.document().select("#diagram img").first().attr("src");
        Page svg = loggedIn("manager-2417").get(genderBars);
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).contains("färre än 5").contains("Sexuella trakasserier");
        Page coordinatorsForm = loggedIn("coordinator-2417").get(url("2417"));
        assertThat(coordinatorsForm
                        .document()
                        .select("input[name=indicators[0].women]")
                        .attr("value"))
                .isEqualTo("3");
    }

    @Test
    void readyForTheTeamNeedsACompletePictureAndMarksTheRevision() {
        String cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        Map<String, String> fields = picture("Kränkningar", "10", "12", "22");
        fields.put("indicators[0].source", "");
        fields.put("action", "ready");

        Page incomplete = post(coordinator, "2417", fields);

        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.document().select("#fel-indicators-0-source").text())
                .contains("Ange källa innan lägesbilden kan vara klar för teamet");
        assertThat(incomplete
                        .document()
                        .select("#fel-genderEqualityAnalysis-summary")
                        .text())
                .contains("Skriv jämställdhetsanalysen");
        assertThat(cycles.revisions(cycle)).isZero();

        fields.put("indicators[0].source", "Skolenkäten");
        fields.put("genderEqualityAnalysis.summary", "Flickor utsätts oftare för sexuella kränkningar.");
        assertThat(post(coordinator, "2417", fields).status()).isEqualTo(302);

        assertThat(coordinator.get(url("2417")).document().select("#status").text())
                .isEqualTo("klar för teamet");
        assertThat(cycles.revisions(cycle)).isEqualTo(1);
    }
}
