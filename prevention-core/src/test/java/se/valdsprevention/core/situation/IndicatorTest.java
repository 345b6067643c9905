package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class IndicatorTest {

    @Test
    void acceptsAPersonBasedIndicatorSplitByGender() {
        var indicator = SituationPictureFixtures.assaults();

        assertThat(indicator.hasGenderSplit()).isTrue();
        assertThat(indicator.suppressible()).isTrue();
    }

    @Test
    void refusesWomenAndMenAboveTotal() {
        assertRefused(
                () -> indicator().values("12", "20", "31").build(), "total", "måste vara minst kvinnor + män (32)");
    }

    @Test
    void acceptsATotalAboveWomenAndMenWhenSomeAreOfUnknownGender() {
        assertThat(indicator().values("12", "20", "35").build().total()).isEqualByComparingTo("35");
    }

    @Test
    void refusesNegativeCounts() {
        assertRefused(() -> indicator().values("-1", "20", "32").build(), "women", "får inte vara negativt");
    }

    @Test
    void acceptsNegativeValuesOnlyForUnitOther() {
        assertThat(indicator()
                        .unit(Unit.OTHER)
                        .personBased(false)
                        .values(null, null, "-3")
                        .build()
                        .total())
                .isEqualByComparingTo("-3");
    }

    @Test
    void refusesAPercentageAboveHundred() {
        assertRefused(
                () -> indicator().unit(Unit.PERCENT).values("100.5", "20", "50").build(),
                "women",
                "får vara högst 100 för enheten procent");
    }

    @Test
    void refusesFractionsOfPersons() {
        assertRefused(() -> indicator().values("12.5", "20", "33").build(), "women", "måste vara ett heltal");
    }

    @Test
    void acceptsTrailingZeroDecimalsOfPersons() {
        assertThat(indicator().values("12.0", "20", "32").build().women()).isEqualByComparingTo("12");
    }

    @Test
    void refusesAPersonBasedIndicatorWithoutSplitOrReason() {
        assertRefused(
                () -> indicator().values(null, null, "32").build(),
                "noGenderSplitReason",
                "måste ange varför kvinnor och män inte redovisas");
    }

    @Test
    void acceptsAPersonBasedIndicatorWithoutSplitWhenItSaysWhy() {
        var indicator = indicator()
                .values(null, null, "32")
                .noGenderSplitReason("Polisen redovisar inte kön för orten.")
                .build();

        assertThat(indicator.hasGenderSplit()).isFalse();
    }

    @Test
    void refusesAReasonWhenTheSplitIsGiven() {
        assertRefused(
                () -> indicator().noGenderSplitReason("Saknas.").build(),
                "noGenderSplitReason",
                "måste vara tomt när kvinnor och män redovisas");
    }

    @Test
    void refusesAnIndicatorWithoutValues() {
        assertRefused(
                () -> indicator().personBased(false).values(null, null, null).build(),
                "total",
                "minst ett av kvinnor, män eller totalt");
    }

    @Test
    void refusesMissingUnitAndBlankName() {
        var refusal = assertRefused(() -> indicator().unit(null).name("").build(), "unit", "måste fyllas i");
        assertThat(refusal.violations()).extracting("path").contains("name");
    }

    @Test
    void refusesAnIdThatCannotBeUsedInAPath() {
        assertRefused(() -> indicator().id("anmälda brott").build(), "id", "bokstäver, siffror");
    }

    @Test
    void treatsABlankSourceAsNoSource() {
        assertThat(indicator().source("  ").build().source()).isNull();
    }

    @Test
    void suppressesOnlyPersonBasedCounts() {
        assertThat(SituationPictureFixtures.insecurity().suppressible()).isFalse();
        assertThat(SituationPictureFixtures.callOuts().suppressible()).isFalse();
        assertThat(indicator().unit(Unit.CASES).build().suppressible()).isTrue();
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Indicator(null, null, null, null, false, null, null, null, null, null)))
                .containsExactly("id", "name", "unit", "total");
    }

    @Test
    void refusesASourceLongerThanTwoHundredCharacters() {
        assertRefused(() -> indicator().source("x".repeat(201)).build(), "source", "högst 200 tecken");
    }
}
