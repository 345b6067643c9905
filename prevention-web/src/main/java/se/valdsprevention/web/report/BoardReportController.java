package se.valdsprevention.web.report;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.WorkspaceUsers;

/**
 * {@code /kommuner/{kod}/rapport.pdf}: the board report (rapport till kommunstyrelsen) for everyone who may read
 * the municipality, as a download named {@code rapport-2417-2026-12-02.pdf}. A municipality without a situation
 * picture still gets its report, which says so.
 */
@Controller
class BoardReportController {

    private final WorkspaceUsers users;
    private final BoardReports reports;
    private final BoardReport renderer;
    private final SwedishDates dates;

    BoardReportController(WorkspaceUsers users, BoardReports reports, BoardReport renderer, SwedishDates dates) {
        this.users = users;
        this.reports = reports;
        this.renderer = renderer;
        this.dates = dates;
    }

    @GetMapping("/kommuner/{kod}/rapport.pdf")
    ResponseEntity<byte[]> download(@PathVariable("kod") String code) {
        users.current().requireRead(code);
        BoardReportData data = reports.of(code);
        byte[] pdf = renderer.render(data);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(code, dates.date(data.createdOn())))
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    /** {@code rapport-2417-2026-12-02.pdf}: ASCII only, whatever the municipality's code looks like. */
    static String fileName(String code, String date) {
        return "rapport-" + code.replaceAll("[^A-Za-z0-9]", "") + "-" + date + ".pdf";
    }
}
