package se.valdsprevention.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The board report as a user downloads it: publishable, Swedish, embedded fonts, only for the municipality's own. */
class BoardReportTest extends WorkspaceTest {

    static final String REPORT = "/kommuner/2417/rapport.pdf";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    @Autowired
    ActionPlans plans;

    @Autowired
    DecisionRevisions decisions;

    @Autowired
    SwedishDates dates;

    final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        started.forEach(id -> runtimeService.deleteProcessInstance(id, "test finished", true, true));
        started.clear();
    }

    @Test
    void theCoordinatorDownloadsTheDraftPictureWithItsSmallCountSuppressedThenTheAgreedOne() {
        String processInstance = cycleAt("2417", "describeSituation");
        String cycleId = (String) runtimeService.getVariable(processInstance, "cycleId");
        pictures.save(cycleId, BoardReportFixtures.picture("2417", 2026, false, 1), "coordinator-2417", Instant.now());
        plans.save(cycleId, BoardReportFixtures.plan("2417", 1, 2), "coordinator-2417", Instant.now());
        decisions.append(
                BoardReportFixtures.approvedDecision("2417", "beslut-" + UUID.randomUUID()),
                "manager-2417",
                Instant.now(),
                processInstance);

        HttpResponse<byte[]> download = loggedIn("coordinator-2417").download(REPORT);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"rapport-2417-" + dates.date(dates.today()) + ".pdf\"");
        BoardReportPdf pdf = BoardReportPdf.read(download.body());
        assertThat(pdf.flat())
                .contains(
                        "Norsjö",
                        "Lägesbild",
                        BoardReportFixtures.SMALL_INDICATOR,
                        "färre än 5",
                        "UTKAST",
                        "Flickor är mer otrygga kvällstid än pojkar.",
                        "Samtal i varje klass med en beprövad metod.",
                        "Mandat för kommunteamet",
                        "beslutat");
        String row = pdf.between(BoardReportFixtures.SMALL_INDICATOR, "Diagram");
        assertThat(row).contains("färre än 5", "dolt för att skydda små tal", "15");
        assertThat(row).doesNotContainPattern("(?<![\\d,])3(?![\\d,])").doesNotContain("12");
        assertThat(pdf.pages()).isBetween(2, 8);
        assertThat(pdf.fonts()).isNotEmpty().allMatch(font -> font.isEmbedded(), "embedded");
        assertThat(pdf.language()).isEqualTo("sv");
        assertThat(pdf.tagged()).isTrue();

        String earlier = "earlier-" + UUID.randomUUID();
        pictures.save(earlier, BoardReportFixtures.picture("2417", 2025, true, 1), "coordinator-2417", Instant.now());

        BoardReportPdf agreed =
                BoardReportPdf.read(loggedIn("manager-2417").download(REPORT).body());
        assertThat(agreed.flat())
                .contains("fastställd 2025-12-15 av Kommunteamet")
                .doesNotContain("UTKAST");
        assertThat(agreed.flat())
                .as("the plan is still the current cycle's")
                .contains("Samtal i varje klass med en beprövad metod.");
    }

    @Test
    void anotherMunicipalitysCoordinatorGetsNotFoundAndAnonymousUsersTheLogin() {
        String cycleId = (String) runtimeService.getVariable(cycleAt("2417", "describeSituation"), "cycleId");
        pictures.save(cycleId, BoardReportFixtures.picture("2417", 2026, false, 1), "coordinator-2417", Instant.now());

        Page foreign = loggedIn("coordinator-2422").get(REPORT);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(BoardReportFixtures.SMALL_INDICATOR);
        assertThat(loggedIn("coordinator-2422")
                        .get("/kommuner/9999/rapport.pdf")
                        .status())
                .isEqualTo(404);
        Page anonymous = anonymous().get(REPORT);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
        assertThat(loggedIn("county-24").download(REPORT).statusCode()).isEqualTo(200);
    }

    @Test
    void aMunicipalityWithoutAPictureGetsAReportSayingSo() {
        HttpResponse<byte[]> download = loggedIn("coordinator-2422").download("/kommuner/2422/rapport.pdf");

        assertThat(download.statusCode()).isEqualTo(200);
        BoardReportPdf pdf = BoardReportPdf.read(download.body());
        assertThat(pdf.flat())
                .contains(
                        "Sorsele kommun (2422)",
                        "Ingen lägesbild är sparad för kommunen ännu.",
                        "Ingen handlingsplan är sparad ännu.",
                        "4. Uppföljning");
        // Other workspace tests share the database and may leave a decision of Sorsele's, so its list is not asserted.
        assertThat(pdf.pages()).isBetween(1, 2);
    }

    @Test
    void theSituationPicturePageLinksToTheReport() {
        cycleAt("2417", "describeSituation");

        Page page = loggedIn("manager-2417").get("/kommuner/2417/lagesbild");

        var link = page.document().selectFirst("a#rapport-pdf");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo(REPORT);
        assertThat(link.text()).isEqualTo("Ladda ner rapport (PDF)");
    }

    private String cycleAt(String code, String activity) {
        identityService.clearAuthentication();
        String id = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariable("municipalityCode", code)
                .setVariable("cycleLabel", "Rapporttest " + code)
                .startBeforeActivity(activity)
                .execute()
                .getId();
        started.add(id);
        return id;
    }
}
