package se.valdsprevention.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.valdsprevention.web.WorkspaceTest;

/** The test county has no Kolada template: the page says there is nothing to fetch, and a start is refused. */
class CountyStatisticsWithoutTemplateTest extends WorkspaceTest {

    @Test
    void withoutIndicatorsThePageSaysSoAndOffersNoButton() {
        var county = loggedIn("county-24");

        var page = county.get("/lan/statistik");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Länets mall har inga indikatorer från Kolada ännu", "Källa: Kolada");
        assertThat(page.document().selectFirst("form.fetch-form")).isNull();
        assertThat(page.document().selectFirst("table.county-matrix")).isNull();

        var refused = county.post("/lan/statistik/hamta", Map.of("_csrf", List.of(county.csrfToken("/lan/statistik"))));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.mainText())
                .contains("Länets mall har inga indikatorer från Kolada, så det finns inget att hämta.");
    }
}
