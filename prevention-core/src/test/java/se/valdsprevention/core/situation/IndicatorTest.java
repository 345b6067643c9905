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
        assertRefused(() -> indicator().values("12", "20", "31").build(), "total", "must be at least women + men (32)");
    }

    @Test
    void acceptsATotalAboveWomenAndMenWhenSomeAreOfUnknownGender() {
        assertThat(indicator().values("12", "20", "35").build().total()).isEqualByComparingTo("35");
    }

    @Test
    void refusesNegativeCounts() {
        assertRefused(() -> indicator().values("-1", "20", "32").build(), "women", "must not be negative");
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
                "must be at most 100 for unit PERCENT");
    }

    @Test
    void refusesFractionsOfPersons() {
        assertRefused(() -> indicator().values("12.5", "20", "33").build(), "women", "must be a whole number");
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
                "must say why women and men are not given");
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
                "must be empty when women and men are given");
    }

    @Test
    void refusesAnIndicatorWithoutValues() {
        assertRefused(
                () -> indicator().personBased(false).values(null, null, null).build(),
                "total",
                "at least one of women, men or total");
    }

    @Test
    void refusesMissingUnitAndBlankName() {
        var refusal = assertRefused(() -> indicator().unit(null).name("").build(), "unit", "is required");
        assertThat(refusal.violations()).extracting("path").contains("name");
    }

    @Test
    void refusesAnIdThatCannotBeUsedInAPath() {
        assertRefused(() -> indicator().id("anmälda brott").build(), "id", "letters, digits");
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
        assertRefused(() -> indicator().source("x".repeat(201)).build(), "source", "at most 200 characters");
    }
}
