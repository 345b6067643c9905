package se.valdsprevention.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valdsprevention.web.WorkspaceTest;

/**
 * The overview is computed ahead of the county officer: a round runs on its own once the application has started,
 * the next visit then computes no row, and a later round computes again only the municipality that changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "prevention.web.overview.refresh-interval=1h")
class OverviewRefresherTest extends WorkspaceTest {

    @Autowired
    OverviewRefresher refresher;

    @Autowired
    CountyOverviewRows rows;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    CountyOverviewFixture county;

    @BeforeAll
    void twoMunicipalitiesAtWork() throws Exception {
        refresher.firstRound().get(60, TimeUnit.SECONDS);
        county = new CountyOverviewFixture(runtimeService, managementService, identityService);
        CountyOverviewFixture.dayAfterStart(0);
        county.startAt("2417", "Norsjö 2031", "describeViolence");
        county.startAt("2422", "Sorsele 2031", "identifyFactors");
        CountyOverviewFixture.dayAfterStart(2);
    }

    @AfterAll
    void cleanUp() {
        county.deleteStarted();
        ClockUtil.reset();
    }

    @Test
    void theFirstRoundRunsOnItsOwnOnceTheApplicationHasStarted() {
        assertThat(refresher.isRunning()).isTrue();
        assertThat(refresher.firstRound()).isCompleted();
        assertThat(rows.computations()).as("the first round computed the rows").isPositive();
    }

    @Test
    void afterARoundTheCountyOfficersVisitComputesNoRowAndTheNextRoundOnlyWhatChanged() {
        refresher.refresh();
        long ahead = rows.computations();

        String page = loggedIn("county-24")
                .get("/lan")
                .document()
                .select("#lansoversikt")
                .text();

        assertThat(page).contains("Norsjö", "Sorsele", "Steg 2", "Steg 3");
        assertThat(rows.computations()).as("the visit found every row kept").isEqualTo(ahead);

        jdbc.update(
                "UPDATE prevention_municipality_change SET revision = revision + 1 WHERE municipality_code = ?",
                "2422");
        refresher.refresh();

        assertThat(rows.computations()).as("only Sorsele's row again").isEqualTo(ahead + 1);
        loggedIn("county-24").get("/lan");
        assertThat(rows.computations()).isEqualTo(ahead + 1);
    }

    @Test
    void aZeroIntervalTurnsTheRoundsOff() {
        OverviewProperties properties = new OverviewProperties();
        properties.setRefreshInterval(Duration.ZERO);
        OverviewRefresher off = new OverviewRefresher(null, identityService, properties);

        off.start();

        assertThat(off.isRunning()).isFalse();
    }
}
