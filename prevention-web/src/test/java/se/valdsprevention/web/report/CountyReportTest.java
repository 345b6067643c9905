package se.valdsprevention.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.valdsprevention.web.WorkspaceTest;

/** The county report: every municipality the officer follows, their milestones and the evaluation, as a PDF. */
class CountyReportTest extends WorkspaceTest {

    @Test
    void theCountyOfficerDownloadsTheCountyReportWithTheOverviewMilestonesAndEvaluation() {
        HttpResponse<byte[]> download = loggedIn("county-24").download("/lan/rapport.pdf");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value)
                        .matches("attachment; filename=\"lansrapport-24-\\d{4}-\\d{2}-\\d{2}\\.pdf\""));
        BoardReportPdf pdf = BoardReportPdf.read(download.body());
        assertThat(pdf.flat())
                .contains("Länsrapport", "Länsstyrelsen Västerbotten", "1. Länsöversikt", "Norsjö", "Sorsele")
                .contains("2. Milstolpar", "av 36", "3. Utvärdering", "Hela länet (Västerbotten)");
        assertThat(pdf.flat())
                .contains("Diagram", "Ledtid per steg i handboken, median under de senaste tolv månaderna")
                .contains("Närvaro vid de sex senaste avstämningarna per kommun", "Beslut per utfall och kommun");
        assertThat(pdf.language()).isEqualTo("sv");
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.fonts())
                .isNotEmpty()
                .allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        assertThat(pdf.pages()).isBetween(1, 6);
    }

    @Test
    void aCoordinatorGetsNoCountyReport() {
        HttpResponse<byte[]> refused = loggedIn("coordinator-2417").download("/lan/rapport.pdf");

        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
