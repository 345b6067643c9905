package se.valdsprevention.core.county;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class CountyTest {

    @Test
    void findsItsMunicipalitiesByCode() {
        var county = CountyFixtures.vasterbotten();

        assertThat(county.municipality("2463")).map(Municipality::name).contains("Åsele");
        assertThat(county.includes("2480")).isFalse();
    }

    @Test
    void refusesACodeThatIsNotTwoDigits() {
        assertRefused(() -> new County("241", "Västerbottens län", List.of()), "code", "tvåsiffrig länskod");
    }

    @Test
    void refusesAMunicipalityOfAnotherCounty() {
        assertRefused(
                () -> new County(
                        "24",
                        "Västerbottens län",
                        List.of(CountyFixtures.norsjo(), new Municipality("2584", "Kiruna", 1, 1))),
                "municipalities[1].code",
                "måste börja med länskoden 24");
    }

    @Test
    void theWholeCountryHoldsMunicipalitiesOfEveryCounty() {
        var country = new County(
                AreaCodes.WHOLE_COUNTRY,
                "Riket",
                List.of(new Municipality("0114", "Upplands Väsby", 1, 1), new Municipality("2584", "Kiruna", 1, 1)));

        assertThat(country.includes("0114")).isTrue();
        assertThat(country.includes("2584")).isTrue();
    }

    @Test
    void refusesTheSameMunicipalityTwice() {
        assertRefused(
                () -> new County("24", "Västerbottens län", List.of(CountyFixtures.norsjo(), CountyFixtures.norsjo())),
                "municipalities[1].code",
                "kommunkoden '2417' förekommer redan");
    }

    @Test
    void keepsItsMunicipalitiesImmutable() {
        var municipalities = new java.util.ArrayList<>(List.of(CountyFixtures.norsjo()));
        var county = new County("24", "Västerbottens län", municipalities);

        municipalities.clear();

        assertThat(county.municipalities()).hasSize(1);
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new County(null, null, null))).containsExactly("code", "name");
    }
}
