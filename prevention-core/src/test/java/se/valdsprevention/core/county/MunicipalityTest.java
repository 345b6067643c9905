package se.valdsprevention.core.county;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class MunicipalityTest {

    @Test
    void addsWomenAndMenToTheTotalPopulation() {
        assertThat(CountyFixtures.norsjo().populationTotal()).isEqualTo(4_050);
    }

    @Test
    void refusesACodeThatIsNotFourDigits() {
        assertRefused(() -> new Municipality("241", "Norsjö", 1, 1), "code", "fyrsiffrig kommunkod");
        assertRefused(() -> new Municipality("24a7", "Norsjö", 1, 1), "code", "fyrsiffrig kommunkod");
    }

    @Test
    void refusesABlankName() {
        assertRefused(() -> new Municipality("2417", " ", 1, 1), "name", "måste fyllas i");
    }

    @Test
    void refusesNegativePopulation() {
        var refusal = assertRefused(() -> new Municipality("2417", "Norsjö", -1, -2), "populationWomen", "negativt");
        assertThat(refusal.violations()).extracting("path").contains("populationMen");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Municipality(null, null, 0, 0))).containsExactly("code", "name");
    }
}
