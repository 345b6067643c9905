package se.valdsprevention.web.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.evaluation.LeadTimes;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.statistics.csv.ExcelCsvWriter;

/**
 * {@code /lan/utvardering.csv?fran=ÅÅÅÅ-MM-DD&till=ÅÅÅÅ-MM-DD}: the evaluation evidence of every municipality the
 * county officer works for, and of them together, as a CSV file for Excel. Without a period it covers the last
 * twelve months up to today. Only county officers and administrators; each sees only their own municipalities.
 */
@Controller
class EvaluationCsv {

    static final MediaType CSV = MediaType.valueOf("text/csv;charset=UTF-8");
    static final MediaType TEXT = MediaType.valueOf("text/plain;charset=UTF-8");
    /** The longest period one export covers. */
    static final int MAX_YEARS = 10;

    private final WorkspaceUsers users;
    private final Evaluation evaluation;
    private final CountyProperties county;

    EvaluationCsv(WorkspaceUsers users, Evaluation evaluation, CountyProperties county) {
        this.users = users;
        this.evaluation = evaluation;
        this.county = county;
    }

    @GetMapping("/lan/utvardering.csv")
    ResponseEntity<byte[]> export(
            @RequestParam(name = "fran", required = false) String fromParam,
            @RequestParam(name = "till", required = false) String toParam) {
        WorkspaceUser user = users.current();
        if (!user.mayFollowCounty()) {
            throw new PageForbidden("Utvärderingens siffror för hela länet är till för länsstyrelsen. Din kommuns"
                    + " arbete följer du på kommunens egna sidor.");
        }
        LocalDate today = EngineClock.today();
        List<String> problems = new ArrayList<>();
        LocalDate to = date(toParam, "till", today, problems);
        LocalDate from = date(
                fromParam,
                "fran",
                to == null ? today.minusYears(1) : to.minusYears(1).plusDays(1),
                problems);
        if (problems.isEmpty() && from.isAfter(to)) {
            problems.add("fran: " + from + " ligger efter till (" + to + "). Ange en period där fran kommer först.");
        }
        if (problems.isEmpty() && from.plusYears(MAX_YEARS).isBefore(to)) {
            problems.add("till: perioden får vara högst " + MAX_YEARS + " år lång.");
        }
        if (!problems.isEmpty()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(TEXT)
                    .body(("Ingen fil skapades. " + String.join(" ", problems))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ReportingPeriod period = new ReportingPeriod(from, to);
        List<String> codes =
                county.municipalityCodes().stream().filter(user::mayRead).toList();
        List<EvaluationFigures> rows = evaluation.ofCounty(codes, county.getCode(), period);
        byte[] file = ExcelCsvWriter.write(
                header(), rows.stream().map(row -> cells(row, period)).toList());
        return ResponseEntity.ok()
                .contentType(CSV)
                .contentLength(file.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("utvardering-" + county.getCode() + "-" + from + "-" + to + ".csv")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file);
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("Kod", "Kommun", "Period"));
        for (int step = 1; step <= 5; step++) {
            header.addAll(leadTimeHeader("Steg " + step));
        }
        header.addAll(List.of("Stillastående (antal)", "Stillastående (dagar)"));
        header.addAll(leadTimeHeader("Beslut, förslag till beslut"));
        header.addAll(leadTimeHeader("Beslut, beslut till uppföljning"));
        header.addAll(List.of(
                "Avstämningar hållna",
                "Närvaro (%)",
                "Ledamöter som slutat",
                "Genomsnittligt antal ledamöter",
                "Åtgärder som förföll",
                "Åtgärder försenade",
                "Andel försenade (%)"));
        return header;
    }

    private static List<String> leadTimeHeader(String what) {
        return List.of(what + " (antal)", what + ", median (dagar)", what + ", 90:e percentil (dagar)");
    }

    private static List<String> cells(EvaluationFigures row, ReportingPeriod period) {
        List<String> cells = new ArrayList<>(List.of(row.code(), row.name(), period.start() + "–" + period.end()));
        row.stepLeadTimes().forEach(lead -> cells.addAll(leadTimeCells(lead)));
        cells.add(Integer.toString(row.stalls()));
        cells.add(number(row.stalledDays()));
        cells.addAll(leadTimeCells(row.decisions()));
        cells.addAll(leadTimeCells(row.followUps()));
        cells.add(Integer.toString(row.checkIns()));
        cells.add(number(row.attendancePercent()));
        cells.add(Integer.toString(row.membersLeft()));
        cells.add(number(row.averageHeadcount()));
        cells.add(Integer.toString(row.actions().due()));
        cells.add(Integer.toString(row.actions().overdue()));
        cells.add(number(row.actions().overduePercent().orElse(null)));
        return cells;
    }

    private static List<String> leadTimeCells(LeadTimes lead) {
        return List.of(Integer.toString(lead.count()), number(lead.medianDays()), number(lead.p90Days()));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : ExcelCsvWriter.number(value);
    }

    private static LocalDate date(String value, String field, LocalDate otherwise, List<String> problems) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1990 || date.getYear() > 2199) {
                problems.add(field + ": " + date + " ligger utanför åren 1990–2199.");
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            String shown = value.strip().length() > 20 ? value.strip().substring(0, 20) + "…" : value.strip();
            problems.add(field + ": ”" + shown.replaceAll("\\p{Cntrl}", "") + "” är inget datum. Skriv ÅÅÅÅ-MM-DD.");
            return null;
        }
    }
}
