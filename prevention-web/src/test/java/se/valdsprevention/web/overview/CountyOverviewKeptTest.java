package se.valdsprevention.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.web.evaluation.EvaluationFigures;

/**
 * The overview keeps a municipality's row, its evaluation figures and the county's charts until the municipality
 * changes or the day turns; a change made anywhere (this node, another node, the engine or a document) shows on
 * the next request, and the other municipalities' rows are not computed again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyOverviewKeptTest extends WorkspaceTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    CountyOverviewRows rows;

    @Autowired
    OverviewCharts charts;

    @Autowired
    se.valdsprevention.web.evaluation.Evaluation evaluation;

    @Autowired
    JdbcTemplate jdbc;

    CountyOverviewFixture county;
    String norsjo;

    @BeforeAll
    void twoMunicipalities() {
        county = new CountyOverviewFixture(runtimeService, managementService, identityService);
        CountyOverviewFixture.dayAfterStart(0);
        norsjo = county.startAt("2417", "Norsjö 2029", "describeViolence");
        county.startAt("2422", "Sorsele 2029", "identifyFactors");
        CountyOverviewFixture.dayAfterStart(3);
    }

    @AfterAll
    void cleanUp() {
        county.deleteStarted();
        ClockUtil.reset();
    }

    @Test
    void aRowIsKeptUntilItsMunicipalityChangesAndTheChangeShowsOnTheNextRequest() {
        OverviewRow before = rows.of("2417", rows.revisions());
        OverviewRow sorsele = rows.of("2422", rows.revisions());
        assertThat(rows.of("2417", rows.revisions())).as("nothing changed").isSameAs(before);
        assertThat(before.step()).isEqualTo(2);

        county.moveOn(norsjo, "describeViolence", "identifyFactors");

        Map<String, Long> after = rows.revisions();
        assertThat(rows.of("2417", after).step())
                .as("Norsjö moved on to step 3")
                .isEqualTo(3);
        assertThat(rows.of("2422", after)).as("Sorsele did not change").isSameAs(sorsele);
        Element row = officer().get("/lan").document().select("#lansoversikt tbody tr").stream()
                .filter(tr -> tr.text().contains("Norsjö"))
                .findFirst()
                .orElseThrow();
        assertThat(row.text()).contains("Steg 3");
    }

    @Test
    void aChangeCommittedOnAnotherNodeIsSeenThroughTheRevisionInTheDatabase() {
        OverviewRow kept = rows.of("2422", rows.revisions());

        // Another node's commit raises the revision in the shared database; this node has nothing else to go by.
        jdbc.update(
                "UPDATE prevention_municipality_change SET revision = revision + 1 WHERE municipality_code = ?",
                "2422");

        assertThat(rows.of("2422", rows.revisions())).isNotSameAs(kept).isEqualTo(kept);
    }

    @Test
    void theDayTurningComputesTheRowsAgainSinceTheyCountDays() {
        OverviewRow today = rows.of("2422", rows.revisions());

        CountyOverviewFixture.dayAfterStart(4);
        OverviewRow tomorrow = rows.of("2422", rows.revisions());
        CountyOverviewFixture.dayAfterStart(3);

        assertThat(tomorrow.daysInStep()).isEqualTo(today.daysInStep() + 1);
    }

    @Test
    void theCountysFiguresAreKeptAndAChartIsDrawnAgainOnlyWhenItsFiguresDiffer() {
        Map<String, Long> revisions = rows.revisions();
        List<OverviewRow> shown = List.of(rows.of("2417", revisions), rows.of("2422", revisions));
        List<EvaluationFigures> figures =
                evaluation.ofCounty(List.of("2417", "2422"), "24", CountyOverviewPage.lastYear());
        OverviewCharts.Charts drawn = charts.county(shown, figures, revisions);

        assertThat(evaluation.ofCounty(List.of("2417", "2422"), "24", CountyOverviewPage.lastYear()))
                .isEqualTo(figures);
        jdbc.update(
                "UPDATE prevention_municipality_change SET revision = revision + 1 WHERE municipality_code = ?",
                "2417");
        OverviewCharts.Charts afterAChange = charts.county(shown, figures, rows.revisions());
        OverviewCharts.Charts otherOrder = charts.county(List.of(shown.get(1), shown.get(0)), figures, revisions);

        assertThat(afterAChange.leadTimes()).as("same figures, same drawing").isSameAs(drawn.leadTimes());
        assertThat(afterAChange.attendance()).isSameAs(drawn.attendance());
        assertThat(afterAChange.decisions()).isSameAs(drawn.decisions());
        assertThat(otherOrder.attendance()).as("other figures, drawn anew").isNotSameAs(drawn.attendance());
        assertThat(otherOrder.attendance().figures().categories()).containsExactly("Sorsele", "Norsjö");
    }

    private se.valdsprevention.web.PageSession officer() {
        return loggedIn("county-24");
    }
}
