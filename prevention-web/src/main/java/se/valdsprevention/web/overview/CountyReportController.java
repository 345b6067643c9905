package se.valdsprevention.web.overview;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.valdsprevention.core.milestone.Milestone;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.countypicture.CountyPictures;
import se.valdsprevention.web.evaluation.Evaluation;
import se.valdsprevention.web.evaluation.EvaluationFigures;
import se.valdsprevention.web.report.BoardReport;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * {@code /lan/rapport.pdf}: the county report, the overview of every municipality the county officer follows, their
 * milestone scores, the evaluation figures of the last twelve months and Länets lägesbild of the newest period, as a
 * PDF in the board report's form.
 */
@Controller
class CountyReportController {

    static final String TEMPLATE = "prevention/report/lansrapport";

    private final WorkspaceUsers users;
    private final CountyOverviewRows rows;
    private final Evaluation evaluation;
    private final BoardReport pdf;
    private final CountyProperties county;
    private final MunicipalityNames names;
    private final SwedishDates dates;
    private final CountyPictures countyPictures;
    private final OverviewCharts charts;

    CountyReportController(
            WorkspaceUsers users,
            CountyOverviewRows rows,
            Evaluation evaluation,
            BoardReport pdf,
            CountyProperties county,
            MunicipalityNames names,
            SwedishDates dates,
            CountyPictures countyPictures,
            OverviewCharts charts) {
        this.users = users;
        this.rows = rows;
        this.evaluation = evaluation;
        this.pdf = pdf;
        this.county = county;
        this.names = names;
        this.dates = dates;
        this.countyPictures = countyPictures;
        this.charts = charts;
    }

    /** A municipality's milestone scores in handbook order, as the report's table shows them. */
    record MilestoneRow(String name, List<String> scores, String total) {}

    @GetMapping("/lan/rapport.pdf")
    ResponseEntity<byte[]> report() {
        WorkspaceUser me = users.current();
        if (!me.mayFollowCounty()) {
            throw new PageForbidden("Länsrapporten är till för länsstyrelsen. Din kommuns rapport till"
                    + " kommunstyrelsen finns på kommunens sida.");
        }
        LocalDate today = EngineClock.today();
        ReportingPeriod period = CountyOverviewPage.lastYear();
        List<String> codes =
                county.municipalityCodes().stream().filter(me::mayRead).toList();
        Map<String, Long> revisions = rows.revisions();
        List<OverviewRow> overview = codes.stream()
                .map(code -> rows.of(code, revisions))
                .sorted(Comparator.comparing(OverviewRow::name))
                .toList();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("countyName", names.countyName());
        variables.put("today", dates.date(today));
        variables.put("period", dates.date(period.start()) + " – " + dates.date(period.end()));
        variables.put(
                "rows",
                overview.stream()
                        .map(row -> CountyOverviewPage.view(row, dates))
                        .toList());
        variables.put("milestones", List.of(Milestone.values()));
        variables.put(
                "milestoneRows",
                overview.stream()
                        .map(row -> new MilestoneRow(
                                row.name(),
                                row.milestones() == null
                                        ? List.of(Milestone.values()).stream()
                                                .map(m -> "–")
                                                .toList()
                                        : row.milestones().scores().stream()
                                                .map(s -> Integer.toString(s.score()))
                                                .toList(),
                                row.milestones() == null
                                        ? "–"
                                        : row.milestones().total() + " av "
                                                + row.milestones().maximum()))
                        .toList());
        List<EvaluationFigures> figures = evaluation.ofCounty(codes, county.getCode(), period);
        variables.put("figures", figures);
        ReportingPeriod countyPeriod = countyPictures.defaultPeriod(codes);
        variables.put("countyPictureNumber", 4);
        variables.put("countyPicture", countyPictures.view(codes, countyPeriod));
        variables.put("countyPictureChart", BoardReport.inline(countyPictures.genderChart(codes, countyPeriod)));
        variables.put("charts", charts.county(overview, figures, revisions));
        byte[] file = pdf.render(TEMPLATE, variables);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("lansrapport-" + county.getCode() + "-" + today + ".pdf")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file);
    }
}
