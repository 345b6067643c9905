package se.valdsprevention.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.web.countypicture.CountyPictureFixture;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The county report's section Länets lägesbild: the newest period's county picture, suppressed as on the page. */
class CountyPictureReportTest extends WorkspaceTest {

    @Autowired
    SituationPictures pictures;

    @Autowired
    DataSource dataSource;

    @Test
    void theCountyReportHasTheCountyPictureOfTheNewestPeriodWithItsSumsAndHiddenValues() {
        List<String> cycles = CountyPictureFixture.agreedPictures(pictures, ReportingPeriod.ofYear(2099));
        HttpResponse<byte[]> download;
        try {
            download = loggedIn("county-24").download("/lan/rapport.pdf");
        } finally {
            CountyPictureFixture.remove(dataSource, cycles);
        }

        assertThat(download.statusCode()).isEqualTo(200);
        String text = BoardReportPdf.read(download.body()).flat();
        assertThat(text)
                .contains("4. Länets lägesbild 2099")
                .contains("Fastställda lägesbilder: Norsjö, Sorsele")
                .contains("Anmälda misshandelsbrott")
                .contains("18 29 47 personer 2 av 2")
                .contains("dolt för att skydda små tal dolt för att skydda små tal 63")
                .contains("färre än 5");
    }
}
