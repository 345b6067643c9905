package se.valdsprevention.workflows.county;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A wrong county configuration stops the start with a message naming the property. */
class CountyPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CountyProperties.class)
    static class BindCounty {}

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(BindCounty.class);

    @Test
    void bindsAValidCounty() {
        runner.withPropertyValues(
                        "prevention.county.code=24",
                        "prevention.county.name=Västerbotten",
                        "prevention.county.municipalities[0].code=2417",
                        "prevention.county.municipalities[0].name=Norsjö",
                        "prevention.county.municipalities[0].population-women=1950",
                        "prevention.county.municipalities[0].population-men=2100")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CountyProperties.class).municipalityCodes())
                            .containsExactly("2417");
                });
    }

    @Test
    void refusesAMissingCounty() {
        runner.run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("prevention.county")
                .hasMessageContaining("code")
                .hasMessageContaining("must be set to the county's two-digit code")
                .hasMessageContaining("must list at least one municipality"));
    }

    @Test
    void refusesMalformedAndDuplicateCodesAndMissingNames() {
        runner.withPropertyValues(
                        "prevention.county.code=240",
                        "prevention.county.name=Västerbotten",
                        "prevention.county.municipalities[0].code=2417",
                        "prevention.county.municipalities[0].name=Norsjö",
                        "prevention.county.municipalities[1].code=2417",
                        "prevention.county.municipalities[1].name=Norsjö igen",
                        "prevention.county.municipalities[2].code=24x2",
                        "prevention.county.municipalities[2].population-men=-1")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("code")
                        .hasMessageContaining("must be a two-digit county code")
                        .hasMessageContaining("municipalities[1].code")
                        .hasMessageContaining("duplicate municipality code 2417")
                        .hasMessageContaining("municipalities[2].code")
                        .hasMessageContaining("must be a four-digit municipality code")
                        .hasMessageContaining("municipalities[2].name")
                        .hasMessageContaining("municipalities[2].populationMen"));
    }

    @Test
    void takesSwedishTimeUnlessTheCountyNamesAnotherZoneAndRefusesAZoneThatDoesNotExist() {
        String[] county = {
            "prevention.county.code=24",
            "prevention.county.name=Västerbotten",
            "prevention.county.municipalities[0].code=2417",
            "prevention.county.municipalities[0].name=Norsjö"
        };
        runner.withPropertyValues(county)
                .run(context -> assertThat(
                                context.getBean(CountyProperties.class).zone())
                        .hasToString("Europe/Stockholm"));
        runner.withPropertyValues(county)
                .withPropertyValues("prevention.county.time-zone=Europe/Helsinki")
                .run(context -> assertThat(
                                context.getBean(CountyProperties.class).zone())
                        .hasToString("Europe/Helsinki"));
        runner.withPropertyValues(county)
                .withPropertyValues("prevention.county.time-zone=Mars/Olympus")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("timeZone")
                        .hasMessageContaining("'Mars/Olympus' is not a time zone"));
    }

    @Test
    void theWholeCountryTakesMunicipalitiesOfEveryCounty() {
        runner.withPropertyValues(
                        "prevention.county.code=00",
                        "prevention.county.name=Riket",
                        "prevention.county.municipalities[0].code=0114",
                        "prevention.county.municipalities[0].name=Upplands Väsby",
                        "prevention.county.municipalities[1].code=2380",
                        "prevention.county.municipalities[1].name=Östersund")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CountyProperties.class).municipalityCodes())
                            .containsExactly("0114", "2380");
                });
    }

    @Test
    void refusesAMunicipalityOfAnotherCounty() {
        runner.withPropertyValues(
                        "prevention.county.code=24",
                        "prevention.county.name=Västerbotten",
                        "prevention.county.municipalities[0].code=2380",
                        "prevention.county.municipalities[0].name=Östersund")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("municipalities[0].code")
                        .hasMessageContaining("municipality 2380 does not belong to county 24"));
    }

    @Test
    void refusesACadenceOfZeroAnEscalationBeforeTheReminderAndAnUnknownRequiredDepartment() {
        runner.withPropertyValues(
                        "prevention.county.code=24",
                        "prevention.county.name=Västerbotten",
                        "prevention.county.municipalities[0].code=2417",
                        "prevention.county.municipalities[0].name=Norsjö",
                        "prevention.county.cycle.check-in-cadence=P0D",
                        "prevention.county.cycle.stall-after=-P1W",
                        "prevention.county.decisions.reminder-after=P14D",
                        "prevention.county.decisions.escalation-after=P7D",
                        "prevention.county.decisions.board-chair-max-sek=1000",
                        "prevention.county.decisions.manager-max-sek=5000")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("cycle.checkInCadence")
                        .hasMessageContaining("must be longer than zero, for example P1M")
                        .hasMessageContaining("cycle.stallAfter")
                        .hasMessageContaining("decisions.escalationAfter")
                        .hasMessageContaining("must be longer than decisions.reminder-after")
                        .hasMessageContaining("decisions.boardChairMaxSek"));

        runner.withPropertyValues(
                        "prevention.county.code=24",
                        "prevention.county.name=Västerbotten",
                        "prevention.county.municipalities[0].code=2417",
                        "prevention.county.municipalities[0].name=Norsjö",
                        "prevention.county.agreement.required-departments=SCHOOL,BAKERY")
                .run(context -> assertThat(context)
                        .getFailure()
                        .cause()
                        .hasMessageContaining("prevention.county.agreement.required-departments"));
    }
}
