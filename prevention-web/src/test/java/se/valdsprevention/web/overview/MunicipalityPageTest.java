package se.valdsprevention.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;

/**
 * The municipality page: each cycle's steps with start, end and lead time from the engine's history, its decisions,
 * check-ins and documents; a municipality the user does not work for does not exist.
 */
class MunicipalityPageTest extends WorkspaceTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    CountyOverviewFixture county;

    @BeforeEach
    void fixture() {
        county = new CountyOverviewFixture(runtimeService, managementService, identityService);
    }

    @AfterEach
    void cleanUp() {
        county.deleteStarted();
    }

    @Test
    void theTimelineShowsEachStepWithStartEndAndLeadTimeInDays() {
        CountyOverviewFixture.dayAfterStart(0);
        String cycle = county.startAt("2422", "Sorsele tidslinje", "identifyRiskAndProtectiveFactors");
        CountyOverviewFixture.dayAfterStart(9);
        county.moveOn(cycle, "identifyFactors", "developInterventions");
        CountyOverviewFixture.dayAfterStart(12);

        Page page = loggedIn("county-24").get("/kommuner/2422");

        assertThat(page.status()).isEqualTo(200);
        Document document = page.document();
        var section = document.select("section.cycle").stream()
                .filter(s -> s.selectFirst("h3").text().equals("Sorsele tidslinje"))
                .findFirst()
                .orElseThrow();
        assertThat(section.select(".started").text()).isEqualTo(CountyOverviewFixture.date(0));
        assertThat(section.select(".ended").text()).isEqualTo("pågår");
        assertThat(section.select("tbody tr").eachText())
                .containsExactly(
                        "1 Steg 3: Identifiera förändringsfaktorer " + CountyOverviewFixture.date(0) + " "
                                + CountyOverviewFixture.date(9) + " 9",
                        "1 Steg 4: Utveckla insatser " + CountyOverviewFixture.date(9) + " pågår 3");
        assertThat(document.select("#dokument a").eachAttr("href"))
                .containsExactly(
                        "/kommuner/2422/lagesbild", "/kommuner/2422/handlingsplan", "/kommuner/2422/avstamningar");
    }

    @Test
    void aCoordinatorSeesTheirOwnMunicipalityAndNotAForeignOne() {
        var coordinator = loggedIn("coordinator-2422");

        assertThat(coordinator.get("/kommuner/2422").status()).isEqualTo(200);
        Page foreign = coordinator.get("/kommuner/2417");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.mainText()).contains("Det finns ingen kommun med koden 2417");
        assertThat(coordinator.get("/kommuner/9999").status()).isEqualTo(404);
    }

    @Test
    void theMunicipalityPageDoesNotShadowItsDocumentPages() {
        var officer = loggedIn("county-24");

        assertThat(officer.get("/kommuner/2417/avstamningar").status()).isEqualTo(200);
        assertThat(officer.get("/kommuner/2417").document().select("h1").text()).isEqualTo("Norsjö");
    }
}
