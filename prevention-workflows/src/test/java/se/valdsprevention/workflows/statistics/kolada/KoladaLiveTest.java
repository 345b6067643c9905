package se.valdsprevention.workflows.statistics.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The client against the real Kolada (https://api.kolada.se/v3): that v3 still answers in the shape the stub serves.
 * Needs the internet, so it is left out of every build and CI; run it by hand with
 * {@code ./mvnw verify -Pkolada-live -pl prevention-workflows -am -Dtest='KoladaLive*'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("kolada-live")
class KoladaLiveTest {

    final KoladaClient kolada = new KoladaClient(KoladaSettings.defaults());

    @Test
    void describesTheViolenceKpis() {
        var kpis = kolada.kpis(List.of("N07403", "N07402"));

        assertThat(kpis).extracting(KoladaKpi::id).containsExactlyInAnyOrder("N07403", "N07402");
        assertThat(kpis).allSatisfy(kpi -> assertThat(kpi.title()).isNotBlank());
    }

    @Test
    void fetchesReportedViolenceForTheFourMunicipalitiesOfTheSeedReport() {
        var fetch = kolada.fetch(List.of("N07403"), List.of("2417", "2422", "2462", "2463"), List.of(2022, 2023));

        assertThat(fetch.values()).isNotEmpty();
        assertThat(fetch.values()).allSatisfy(value -> {
            assertThat(value.kpi()).isEqualTo("N07403");
            assertThat(value.municipality()).isIn("2417", "2422", "2462", "2463");
            assertThat(value.year()).isIn(2022, 2023);
        });
        assertThat(fetch.values())
                .anySatisfy(value -> assertThat(value.gender()).isEqualTo(Gender.TOTAL));
        System.out.printf("Kolada: %d values in %d requests%n", fetch.values().size(), fetch.requests());
    }

    @Test
    void refusesAKpiKoladaDoesNotKnow() {
        assertThatThrownBy(() -> kolada.kpis(List.of("N99999")))
                .isInstanceOf(KoladaUnknownKpiException.class)
                .hasMessageContaining("N99999");
    }
}
