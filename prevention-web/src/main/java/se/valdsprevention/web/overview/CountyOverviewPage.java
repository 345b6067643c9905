package se.valdsprevention.web.overview;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.evaluation.Evaluation;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * {@code /lan}: Länsöversikt, one row per municipality of the county the user works for, sortable by every column
 * and filtered by status through query parameters, so it works without JavaScript. An unknown sort, order or
 * status is answered with 400, a Swedish message and the table in its default order. Everyone but county officers
 * and administrators is refused with 403.
 */
@Controller
class CountyOverviewPage {

    static final String VIEW = "prevention/overview/lan";

    private final CountyOverviewRows rows;
    private final CountyProperties county;
    private final WorkspaceUsers users;
    private final SwedishDates dates;
    private final Evaluation evaluation;
    private final OverviewCharts charts;

    CountyOverviewPage(
            CountyOverviewRows rows,
            CountyProperties county,
            WorkspaceUsers users,
            SwedishDates dates,
            Evaluation evaluation,
            OverviewCharts charts) {
        this.rows = rows;
        this.county = county;
        this.users = users;
        this.dates = dates;
        this.evaluation = evaluation;
        this.charts = charts;
    }

    @GetMapping("/lan")
    String overview(
            @RequestParam(name = "sortera", required = false) String sort,
            @RequestParam(name = "ordning", required = false) String order,
            @RequestParam(name = "status", required = false) String status,
            Model model,
            HttpServletResponse response) {
        WorkspaceUser me = officer();
        OverviewQuery query = OverviewQuery.of(sort, order, status);
        if (!query.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Map<String, Long> revisions = rows.revisions();
        List<OverviewRow> shown =
                shown(county.municipalityCodes().stream().filter(me::mayRead).toList(), query, revisions);
        model.addAttribute("problems", query.problems());
        model.addAttribute("columns", columns(query));
        model.addAttribute(
                "statuses",
                Arrays.stream(OverviewStatus.values())
                        .map(s -> new StatusOption(s.parameter(), s.label(), s == query.status()))
                        .toList());
        model.addAttribute("sort", query.column().parameter());
        model.addAttribute("order", query.descending() ? OverviewQuery.DESCENDING : OverviewQuery.ASCENDING);
        model.addAttribute("statusLabel", query.status().label());
        model.addAttribute("rows", shown.stream().map(this::view).toList());
        model.addAttribute("charts", charts(shown, revisions));
        return VIEW;
    }

    /**
     * Computes what the overview of the whole county shows in its default order, where it is not kept already: the
     * rows, the evaluation figures and the charts. The caller runs it as the application.
     */
    void prepare() {
        Map<String, Long> revisions = rows.revisions();
        charts(shown(county.municipalityCodes(), OverviewQuery.of(null, null, null), revisions), revisions);
    }

    private List<OverviewRow> shown(List<String> codes, OverviewQuery query, Map<String, Long> revisions) {
        return codes.stream()
                .map(code -> rows.of(code, revisions))
                .filter(query.status()::includes)
                .sorted(query.column().order(query.descending()))
                .toList();
    }

    private OverviewCharts.Charts charts(List<OverviewRow> shown, Map<String, Long> revisions) {
        return charts.county(shown, evaluation.ofCounty(codes(shown), county.getCode(), lastYear()), revisions);
    }

    private static List<String> codes(List<OverviewRow> rows) {
        return rows.stream().map(OverviewRow::code).toList();
    }

    /** The evaluation period of the overview's charts and the county report: the twelve months up to today. */
    static ReportingPeriod lastYear() {
        LocalDate today = EngineClock.today();
        return new ReportingPeriod(today.minusYears(1).plusDays(1), today);
    }

    private static List<ColumnView> columns(OverviewQuery query) {
        return Arrays.stream(OverviewColumn.values())
                .map(column -> new ColumnView(
                        column.label(),
                        query.sortedBy(column),
                        column == query.column() ? (query.descending() ? "descending" : "ascending") : null,
                        column.numeric()))
                .toList();
    }

    private RowView view(OverviewRow row) {
        return view(row, dates);
    }

    /** A row as the table (and the county report) shows it. */
    static RowView view(OverviewRow row, SwedishDates dates) {
        return new RowView(
                "/kommuner/" + row.code(),
                row.name(),
                row.hasCycle() ? row.cycleLabel() : "Ingen pågående cykel",
                row.stepTitle() == null ? "–" : row.stepTitle(),
                String.join(", ", row.openWork()),
                row.daysInStep() == null ? "–" : row.daysInStep().toString(),
                row.stalled(),
                Integer.toString(row.openDecisions()),
                row.oldestDecisionDays() == null
                        ? "–"
                        : row.oldestDecisionDays().toString(),
                row.lastCheckIn() == null ? "Ingen hållen" : dates.date(row.lastCheckIn()),
                row.attendanceRate() == null ? "–" : percent(row.attendanceRate()),
                Integer.toString(row.overdueActions()),
                Integer.toString(row.leftLastYear()),
                row.replacementsStarted() == 0 ? "–" : row.replacementsWaiting() + " av " + row.replacementsStarted(),
                row.milestones() == null
                        ? "–"
                        : row.milestones().total() + " av " + row.milestones().maximum(),
                row.nextMilestone() == null
                        ? (row.milestones() == null ? null : "Alla milstolpar nådda")
                        : "Nästa: " + row.nextMilestone().milestone().label() + " ("
                                + row.nextMilestone().score() + " av 4): "
                                + row.nextMilestone().missing());
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }

    private WorkspaceUser officer() {
        WorkspaceUser me = users.current();
        if (!me.mayFollowCounty()) {
            throw new PageForbidden(
                    "Länsöversikten är till för länsstyrelsen. Din kommuns arbete finns under" + " Mina kommuner.");
        }
        return me;
    }

    /** A column heading: its link sorts by it, {@code ariaSort} is set on the column the table is sorted by. */
    record ColumnView(String label, String href, String ariaSort, boolean numeric) {}

    record StatusOption(String value, String label, boolean selected) {}

    /** A row as the table shows it. */
    record RowView(
            String href,
            String name,
            String cycle,
            String step,
            String openWork,
            String daysInStep,
            boolean stalled,
            String openDecisions,
            String oldestDecisionDays,
            String lastCheckIn,
            String attendance,
            String overdueActions,
            String left,
            String replacements,
            String milestones,
            String nextMilestone) {}
}
