package se.valdsprevention.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionProposal;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.evaluation.ActionFollowThrough;
import se.valdsprevention.core.evaluation.LeadTimes;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.web.charts.ChartFigures;
import se.valdsprevention.web.evaluation.EvaluationFigures;

/** What the overview's charts draw from the figures the pages already have, and when there is nothing to draw. */
class OverviewChartsTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    static final Instant START = Instant.parse("2027-01-10T09:00:00Z");

    @Test
    void countyLeadTimesAreTheMediansPerStepAndAStepNothingEndedInHasNoBar() {
        List<LeadTimes> norsjo = List.of(
                LeadTimes.of(List.of(Duration.ofDays(10), Duration.ofDays(14), Duration.ofDays(30))),
                LeadTimes.none(),
                LeadTimes.none(),
                LeadTimes.none(),
                LeadTimes.none());

        ChartFigures figures = OverviewCharts.countyLeadTimes(List.of(figures("2417", "Norsjö", norsjo)));

        assertThat(figures.categories()).containsExactly("Norsjö");
        assertThat(figures.seriesNames()).containsExactly("Steg 1", "Steg 2", "Steg 3", "Steg 4", "Steg 5");
        assertThat(figures.rows().get(0).values()).containsExactly("14 dagar", "–", "–", "–", "–");
        assertThat(figures.isEmpty()).isFalse();
    }

    @Test
    void noStepEndedMeansNoCountyLeadTimeChart() {
        List<LeadTimes> none =
                List.of(LeadTimes.none(), LeadTimes.none(), LeadTimes.none(), LeadTimes.none(), LeadTimes.none());

        ChartFigures figures = OverviewCharts.countyLeadTimes(List.of(figures("2417", "Norsjö", none)));

        assertThat(figures.isEmpty()).isTrue();
        assertThat(figures.emptyText()).startsWith("Inget steg i handboken har avslutats");
    }

    @Test
    void decisionsAreCountedByOutcomeAndAMunicipalityWithoutDecisionsHasNoBars() {
        Map<String, List<Decision>> byMunicipality = new LinkedHashMap<>();
        Decision proposed = proposed("a");
        byMunicipality.put(
                "Norsjö",
                List.of(
                        proposed,
                        proposed("b").routedTo("manager").approve("manager-2417", DAY),
                        proposed("c").routedTo("manager").reject("manager-2417", DAY, "Ingen budget.")));
        byMunicipality.put("Sorsele", List.of());

        ChartFigures figures = OverviewCharts.countyDecisions(byMunicipality);

        assertThat(figures.seriesNames()).containsExactly("Beslutat", "Återremitterat", "Avslaget", "Väntar på beslut");
        assertThat(figures.rows())
                .containsExactly(
                        new ChartFigures.Row("Norsjö", List.of("1", "0", "1", "1")),
                        new ChartFigures.Row("Sorsele", List.of("–", "–", "–", "–")));
        assertThat(OverviewCharts.municipalityDecisions(List.of()).isEmpty()).isTrue();
        assertThat(OverviewCharts.municipalityDecisions(List.of(proposed))
                        .rows()
                        .get(3))
                .isEqualTo(new ChartFigures.Row("Väntar på beslut", List.of("1")));
    }

    @Test
    void countyAttendanceIsTheRateInPercentAndAMunicipalityWithoutCheckInsHasNoBar() {
        ChartFigures figures = OverviewCharts.countyAttendance(
                List.of(row("2417", "Norsjö", new BigDecimal("0.8")), row("2422", "Sorsele", null)));

        assertThat(figures.rows())
                .containsExactly(
                        new ChartFigures.Row("Norsjö", List.of("80 %")), new ChartFigures.Row("Sorsele", List.of("–")));
        assertThat(OverviewCharts.countyAttendance(List.of(row("2422", "Sorsele", null)))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aCountryOfMoreMunicipalitiesThanAChartHoldsShowsThoseThatNeedAttentionAndSaysSo() {
        List<OverviewRow> rows = new java.util.ArrayList<>();
        List<EvaluationFigures> figures = new java.util.ArrayList<>();
        Map<String, List<Decision>> decisions = new LinkedHashMap<>();
        for (int i = 0; i < 290; i++) {
            String code = String.format("%04d", 101 + i);
            String name = "Kommun " + code;
            // municipality i: attendance rises with i, the longest lead time falls with it, i % 7 decisions pending
            rows.add(row(code, name, BigDecimal.valueOf(i % 100, 2)));
            figures.add(figures(
                    code,
                    name,
                    List.of(
                            LeadTimes.of(List.of(Duration.ofDays(400 - i))),
                            LeadTimes.none(),
                            LeadTimes.none(),
                            LeadTimes.none(),
                            LeadTimes.none())));
            List<Decision> pending = new java.util.ArrayList<>();
            for (int d = 0; d < i % 7; d++) {
                pending.add(proposed(code + "-" + d));
            }
            decisions.put(name, pending);
        }
        figures.add(figures(
                "00",
                "Hela länet (Riket)",
                List.of(
                        LeadTimes.of(List.of(Duration.ofDays(250))),
                        LeadTimes.none(),
                        LeadTimes.none(),
                        LeadTimes.none(),
                        LeadTimes.none())));

        ChartFigures attendance = OverviewCharts.countyAttendance(rows);
        ChartFigures leadTimes = OverviewCharts.countyLeadTimes(figures);
        ChartFigures decided = OverviewCharts.countyDecisions(decisions);

        assertThat(attendance.categories()).hasSize(OverviewCharts.MOST_SHOWN).contains("Kommun 0101", "Kommun 0201");
        assertThat(attendance.title()).endsWith("de 40 kommuner av 290 med lägst närvaro");
        assertThat(attendance.rows().get(0).values()).containsExactly("0 %");
        assertThat(leadTimes.categories())
                .hasSize(OverviewCharts.MOST_SHOWN + 1)
                .startsWith("Kommun 0101", "Kommun 0102")
                .endsWith("Hela länet (Riket)");
        assertThat(leadTimes.title()).endsWith("de 40 kommuner av 290 med längst ledtid");
        assertThat(decided.categories()).hasSize(OverviewCharts.MOST_SHOWN).startsWith("Kommun 0107");
        assertThat(decided.rows())
                .allSatisfy(row -> assertThat(row.values().get(3)).isEqualTo("6"));
        assertThat(decided.title()).endsWith("de 40 kommuner av 290 med flest beslut som väntar");
        assertThat(OverviewCharts.countyAttendance(rows.subList(0, 40)).title())
                .as("all of them fit")
                .isEqualTo("Närvaro vid de sex senaste avstämningarna per kommun");
    }

    @Test
    void aMunicipalityStepsCountOnlyOnceEndedOneSeriesPerTurn() {
        var cycle = new CycleHistory.CycleRecord(
                "p1",
                "Sorsele 2027",
                START,
                null,
                List.of(
                        step(1, HandbookStep.FACTORS, 0, 9),
                        step(1, HandbookStep.INTERVENTIONS, 9, 20),
                        step(1, HandbookStep.IMPLEMENT, 20, 30),
                        step(2, HandbookStep.DESCRIBE, 30, 42),
                        step(2, HandbookStep.FACTORS, 42, null)));

        ChartFigures figures = OverviewCharts.municipalityLeadTimes(List.of(cycle));

        assertThat(figures.seriesNames()).containsExactly("Sorsele 2027, varv 1", "Sorsele 2027, varv 2");
        assertThat(figures.rows())
                .extracting(ChartFigures.Row::values)
                .containsExactly(
                        List.of("–", "–"),
                        List.of("–", "12 dagar"),
                        List.of("9 dagar", "–"),
                        List.of("11 dagar", "–"),
                        List.of("10 dagar", "–"));
        assertThat(OverviewCharts.municipalityLeadTimes(List.of()).isEmpty()).isTrue();
    }

    @Test
    void attendancePerCheckInIsInPersonAndWithSubstitutesOldestFirst() {
        Meeting later = meeting(
                "m2",
                DAY.plusMonths(1),
                List.of(
                        new Attendance("a", AttendanceStatus.PRESENT, null),
                        new Attendance("b", AttendanceStatus.SUBSTITUTE, "Per Nord"),
                        new Attendance("c", AttendanceStatus.ABSENT, null)));
        Meeting earlier = meeting("m1", DAY, List.of(new Attendance("a", AttendanceStatus.PRESENT, null)));
        Meeting nobodyListed = meeting("m3", DAY.plusMonths(2), List.of());

        ChartFigures figures = OverviewCharts.municipalityAttendance(List.of(later, nobodyListed, earlier));

        assertThat(figures.rows())
                .containsExactly(
                        new ChartFigures.Row("2027-03-01", List.of("100 %", "100 %")),
                        new ChartFigures.Row("2027-04-01", List.of("33 %", "67 %")),
                        new ChartFigures.Row("2027-05-01", List.of("–", "–")));
        assertThat(OverviewCharts.municipalityAttendance(List.of(nobodyListed)).isEmpty())
                .isTrue();
    }

    private static CycleHistory.StepRecord step(int turn, HandbookStep step, int startDay, Integer endDay) {
        return new CycleHistory.StepRecord(
                turn,
                step,
                START.plus(Duration.ofDays(startDay)),
                endDay == null ? null : START.plus(Duration.ofDays(endDay)));
    }

    private static Meeting meeting(String id, LocalDate date, List<Attendance> attendance) {
        return new Meeting(id, "2422", date, List.of("Läget"), attendance, null, List.of());
    }

    private static Decision proposed(String id) {
        return Decision.propose(
                new DecisionProposal(
                        "beslut-" + id,
                        DecisionType.RESOURCES,
                        "2417",
                        "coordinator-2417",
                        "manager",
                        "Resurser " + id,
                        "Två timmar i veckan.",
                        null,
                        Resources.none(),
                        DAY.plusMonths(6),
                        List.of()),
                DAY);
    }

    private static OverviewRow row(String code, String name, BigDecimal attendance) {
        return new OverviewRow(
                code, name, null, null, null, List.of(), null, false, 0, null, null, attendance, 0, 0, 0, 0, null);
    }

    private static EvaluationFigures figures(String code, String name, List<LeadTimes> steps) {
        return new EvaluationFigures(
                code,
                name,
                steps,
                0,
                BigDecimal.ZERO,
                LeadTimes.none(),
                LeadTimes.none(),
                0,
                null,
                0,
                null,
                new ActionFollowThrough(0, 0));
    }
}
