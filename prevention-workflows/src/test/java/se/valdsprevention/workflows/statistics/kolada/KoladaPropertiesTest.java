package se.valdsprevention.workflows.statistics.kolada;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.Unit;

/** The county's Kolada settings and template bind, a wrong one stops the start naming the property. */
class KoladaPropertiesTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(KoladaConfiguration.class);

    @Test
    void startsWithoutATemplateOnKoladasDefaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(KoladaClient.class);
            KoladaSettings settings = context.getBean(KoladaClient.class).settings();
            assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.kolada.se/v3"));
            assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(settings.requestsPerSecond()).isEqualTo(5);
            assertThat(settings.maxRetries()).isEqualTo(3);
            assertThat(context.getBean(KoladaProperties.class).getIndicators()).isEmpty();
        });
    }

    @Test
    void bindsTheCountysTemplateAndSettings() {
        runner.withPropertyValues(
                        "prevention.statistics.kolada.base-url=http://kolada.example.org/v3",
                        "prevention.statistics.kolada.request-timeout=20s",
                        "prevention.statistics.kolada.requests-per-second=2",
                        "prevention.statistics.kolada.max-retries=5",
                        "prevention.statistics.kolada.indicators[0].id=N07403",
                        "prevention.statistics.kolada.indicators[0].name=Anmälda våldsbrott per 100 000 invånare",
                        "prevention.statistics.kolada.indicators[0].unit=per-100k",
                        "prevention.statistics.kolada.indicators[0].person-based=true",
                        "prevention.statistics.kolada.indicators[0].pyramid-level=serious-violence",
                        "prevention.statistics.kolada.indicators[1].id=N07402",
                        "prevention.statistics.kolada.indicators[1].name=Anmälda brott om grov kvinnofridskränkning"
                                + " per 100 000 invånare",
                        "prevention.statistics.kolada.indicators[1].unit=PER_100K",
                        "prevention.statistics.kolada.indicators[1].person-based=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    KoladaProperties kolada = context.getBean(KoladaProperties.class);
                    assertThat(kolada.kpiIds()).containsExactly("N07403", "N07402");
                    var violence = kolada.getIndicators().get(0);
                    assertThat(violence.getUnit()).isEqualTo(Unit.PER_100K);
                    assertThat(violence.getPersonBased()).isTrue();
                    assertThat(violence.getPyramidLevel()).isEqualTo(PyramidLevel.SERIOUS_VIOLENCE);
                    assertThat(kolada.getIndicators().get(1).getPyramidLevel()).isNull();
                    KoladaSettings settings =
                            context.getBean(KoladaClient.class).settings();
                    assertThat(settings.baseUrl()).isEqualTo(URI.create("http://kolada.example.org/v3"));
                    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(settings.requestsPerSecond()).isEqualTo(2);
                    assertThat(settings.maxRetries()).isEqualTo(5);
                });
    }

    @Test
    void refusesABadAddressANegativeRateAndABrokenTemplate() {
        runner.withPropertyValues(
                        "prevention.statistics.kolada.base-url=ftp://kolada.se/v3",
                        "prevention.statistics.kolada.requests-per-second=-1",
                        "prevention.statistics.kolada.request-timeout=0s",
                        "prevention.statistics.kolada.max-retries=-2",
                        "prevention.statistics.kolada.indicators[0].id= ",
                        "prevention.statistics.kolada.indicators[0].name=Utan id",
                        "prevention.statistics.kolada.indicators[0].unit=persons",
                        "prevention.statistics.kolada.indicators[1].id=N07403",
                        "prevention.statistics.kolada.indicators[1].name=Våldsbrott",
                        "prevention.statistics.kolada.indicators[1].unit=per-100k",
                        "prevention.statistics.kolada.indicators[1].person-based=true",
                        "prevention.statistics.kolada.indicators[2].id=N07403",
                        "prevention.statistics.kolada.indicators[2].name=Våldsbrott igen",
                        "prevention.statistics.kolada.indicators[2].unit=per-100k",
                        "prevention.statistics.kolada.indicators[2].person-based=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("prevention.statistics.kolada")
                        .hasMessageContaining("baseUrl")
                        .hasMessageContaining("'ftp://kolada.se/v3' is not an http(s) address")
                        .hasMessageContaining("requestsPerSecond")
                        .hasMessageContaining("must be above zero")
                        .hasMessageContaining("requestTimeout")
                        .hasMessageContaining("maxRetries")
                        .hasMessageContaining("indicators[0].id")
                        .hasMessageContaining("must be set to a Kolada KPI id")
                        .hasMessageContaining("indicators[0].personBased")
                        .hasMessageContaining("indicators[2].id")
                        .hasMessageContaining("duplicate Kolada KPI N07403"));
    }

    @Test
    void refusesAnIdThatIsNotAKoladaKpi() {
        runner.withPropertyValues(
                        "prevention.statistics.kolada.indicators[0].id=N07403/../kpi",
                        "prevention.statistics.kolada.indicators[0].name=Våldsbrott",
                        "prevention.statistics.kolada.indicators[0].unit=per-100k",
                        "prevention.statistics.kolada.indicators[0].person-based=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("indicators[0].id")
                        .hasMessageContaining("must be a Kolada KPI id: a capital letter and five digits"));
    }

    @Test
    void refusesAPopulationKpiThatIsNoKpiOrIsAlsoATemplateIndicator() {
        runner.withPropertyValues("prevention.statistics.kolada.population-kpi=inv;DROP")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("populationKpi")
                        .hasMessageContaining("must be a Kolada KPI id"));
        runner.withPropertyValues(
                        "prevention.statistics.kolada.population-kpi=N07403",
                        "prevention.statistics.kolada.indicators[0].id=N07403",
                        "prevention.statistics.kolada.indicators[0].name=Våldsbrott",
                        "prevention.statistics.kolada.indicators[0].unit=per-100k",
                        "prevention.statistics.kolada.indicators[0].person-based=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("indicators[0].id")
                        .hasMessageContaining("is the population KPI"));
        runner.withPropertyValues("prevention.statistics.kolada.population-kpi= N01951 ")
                .run(context -> assertThat(
                                context.getBean(KoladaProperties.class).getPopulationKpi())
                        .isEqualTo("N01951"));
    }

    @Test
    void leavesTheClientOutWhenSwitchedOff() {
        runner.withPropertyValues("prevention.statistics.kolada.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KoladaClient.class));
    }
}
