package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;
import static se.valdsprevention.core.situation.SituationPictureFixtures.n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.ValidationException;

/** Rates per 100 000 of person-based indicators cannot give away a count of 1–4 in a small municipality. */
class RateSuppressionTest {

    private static final ShownValue SMALL = Suppressed.SMALL_COUNT;
    private static final ShownValue PROTECTING = Suppressed.PROTECTING;

    /** A municipality of 2,400 inhabitants, the size of Norsjö's smaller neighbours. */
    private static final Population SMALL_TOWN = Population.of(1_150, 1_250);

    private static ShownValue shown(String value) {
        return new Shown(n(value));
    }

    /** The rate per 100 000 for {@code count} persons, rounded to one decimal as Kolada publishes it. */
    private static BigDecimal rate(int count, long population) {
        return BigDecimal.valueOf(count * 100_000L).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
    }

    private static PublishedValues publish(String women, String men, String total, Population population) {
        return RateSuppression.publish(
                women == null ? null : n(women),
                men == null ? null : n(men),
                total == null ? null : n(total),
                population);
    }

    @Test
    void withholdsARateWhoseCountIsThree() {
        // 125 per 100 000 of 2,400 inhabitants is 3 persons.
        assertThat(publish(null, null, "125", SMALL_TOWN)).isEqualTo(new PublishedValues(null, null, SMALL));
    }

    @Test
    void showsARateOfZeroAndARateOfFivePersonsOrMore() {
        assertThat(publish(null, null, "0", SMALL_TOWN)).isEqualTo(new PublishedValues(null, null, shown("0")));
        // 5 of 2,400 is 208.333… per 100 000, published as 208.3: 4.9992 persons, which is 5.
        assertThat(publish(null, null, "208.3", SMALL_TOWN)).isEqualTo(new PublishedValues(null, null, shown("208.3")));
        assertThat(publish(null, null, "1000", SMALL_TOWN)).isEqualTo(new PublishedValues(null, null, shown("1000")));
    }

    @Test
    void withholdsARateSoSmallThatItsEstimateIsBelowOnePerson() {
        // 20 per 100 000 of 2,400 is 0.48 persons, but a rate above zero stands for at least one.
        assertThat(publish(null, null, "20", SMALL_TOWN)).isEqualTo(new PublishedValues(null, null, SMALL));
    }

    @Test
    void withholdsEveryRateAboveZeroWhenThePopulationIsNotKnown() {
        assertThat(publish("260.9", "800", "541.7", Population.unknown()))
                .isEqualTo(new PublishedValues(PROTECTING, PROTECTING, PROTECTING));
        assertThat(publish("0", "800", "541.7", Population.unknown()))
                .isEqualTo(new PublishedValues(shown("0"), PROTECTING, PROTECTING));
        // Women's population known, men's not: what men and total reveal together cannot be checked.
        assertThat(publish("800", "800", "800", new Population(1_150L, null, null)))
                .isEqualTo(new PublishedValues(PROTECTING, PROTECTING, PROTECTING));
    }

    @Test
    void withholdsMenTooWhenTotalAndMenWouldRevealTheWithheldWomen() {
        // 3 women, 10 men, 13 in total: total minus men would give the women's 3 away.
        var published = publish(
                rate(3, 1_150).toPlainString(),
                rate(10, 1_250).toPlainString(),
                rate(13, 2_400).toPlainString(),
                SMALL_TOWN);

        assertThat(published).isEqualTo(new PublishedValues(SMALL, PROTECTING, shown("541.7")));
    }

    @Test
    void withholdsEveryRateAboveZeroWhenTheTotalCountIsSmall() {
        var published =
                publish("0", rate(3, 1_250).toPlainString(), rate(3, 2_400).toPlainString(), SMALL_TOWN);

        assertThat(published).isEqualTo(new PublishedValues(shown("0"), SMALL, SMALL));
    }

    @Test
    void decidesLikeTheCountsForEveryWomenAndMenUpToTwenty() {
        for (int women = 0; women <= 20; women++) {
            for (int men = 0; men <= 20; men++) {
                PublishedValues rates = RateSuppression.publish(
                        rate(women, 1_150), rate(men, 1_250), rate(women + men, 2_400), SMALL_TOWN);
                List<BigDecimal> counts = List.of(BigDecimal.valueOf(women), BigDecimal.valueOf(men));
                PublishedParts byCount = Suppression.suppress(counts, BigDecimal.valueOf(women + men));
                String context = "women " + women + ", men " + men;

                assertThat(withheld(rates.women()))
                        .as(context)
                        .isEqualTo(withheld(byCount.parts().get(0)));
                assertThat(withheld(rates.men()))
                        .as(context)
                        .isEqualTo(withheld(byCount.parts().get(1)));
                assertThat(withheld(rates.total())).as(context).isEqualTo(withheld(byCount.total()));
                assertThat(!rates.women().suppressed() && Suppression.small(BigDecimal.valueOf(women)))
                        .as("a shown rate of women stands for 1–4: " + context)
                        .isFalse();
                assertThat(!rates.men().suppressed() && Suppression.small(BigDecimal.valueOf(men)))
                        .as("a shown rate of men stands for 1–4: " + context)
                        .isFalse();
                if (!rates.total().suppressed()) {
                    assertThat(rates.women().suppressed())
                            .as("total shown, so women and men are withheld together: " + context)
                            .isEqualTo(rates.men().suppressed());
                }
            }
        }
    }

    private static ShownValue withheld(ShownValue value) {
        return value.suppressed() ? value : null;
    }

    @Test
    void suppressesPersonBasedRatesOfAnIndicatorAndLeavesOtherIndicatorsToTheCountRules() {
        var assaultRate = indicator()
                .unit(Unit.PER_100K)
                .values(rate(3, 1_150).toPlainString(), rate(10, 1_250).toPlainString(), "541.7")
                .build();
        var callOutRate = indicator()
                .unit(Unit.PER_100K)
                .personBased(false)
                .values(null, null, "125")
                .build();
        var assaults = indicator().values("3", "10", "13").build();

        assertThat(RateSuppression.applies(assaultRate)).isTrue();
        assertThat(RateSuppression.publish(assaultRate, SMALL_TOWN))
                .isEqualTo(new PublishedValues(SMALL, PROTECTING, shown("541.7")));
        assertThat(RateSuppression.applies(callOutRate)).isFalse();
        assertThat(RateSuppression.publish(callOutRate, SMALL_TOWN))
                .isEqualTo(new PublishedValues(null, null, shown("125")));
        assertThat(RateSuppression.publish(assaults, Population.unknown()))
                .isEqualTo(new PublishedValues(SMALL, PROTECTING, shown("13")));
    }

    @Test
    void aPublishedPictureSuppressesRatesOnTheAreasPopulationOrTheOneTheSourceGave() {
        var assaultRate = indicator()
                .id("assault-rate")
                .unit(Unit.PER_100K)
                .values(rate(3, 1_150).toPlainString(), rate(10, 1_250).toPlainString(), "541.7")
                .build();
        var imported = assaultRate.from(
                IndicatorOrigin.kolada("N07403", 2025, java.time.Instant.parse("2026-12-01T08:00:00Z")),
                Population.of(11_500, 12_500));
        SituationPicture picture = SituationPictureFixtures.picture()
                .prioritisedProblems(java.util.List.of())
                .indicators(assaultRate)
                .build();

        assertThat(picture.publishable(SMALL_TOWN).indicators().get(0).values())
                .as("the area's 2,400 inhabitants make the women's rate 3 persons")
                .isEqualTo(new PublishedValues(SMALL, PROTECTING, shown("541.7")));
        assertThat(picture.publishable().indicators().get(0).values())
                .as("without a population every rate above zero is withheld")
                .isEqualTo(new PublishedValues(PROTECTING, PROTECTING, PROTECTING));

        SituationPicture withOwn = SituationPictureFixtures.picture()
                .prioritisedProblems(java.util.List.of())
                .indicators(imported)
                .build();
        assertThat(withOwn.publishable(SMALL_TOWN).indicators().get(0).values())
                .as("the source's population of 24,000 makes them 30 and 100 persons: shown")
                .isEqualTo(new PublishedValues(
                        shown(rate(3, 1_150).toPlainString()),
                        shown(rate(10, 1_250).toPlainString()),
                        shown("541.7")));
        assertThat(withOwn.publishable().indicators().get(0).origin().reference())
                .isEqualTo("N07403");
    }

    @Test
    void refusesNegativeRatesAndPopulations() {
        assertThatThrownBy(() -> publish("-1", "5", "5", SMALL_TOWN))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("women")
                .hasMessageContaining("får inte vara negativt");
        assertThatThrownBy(() -> Population.of(-1, 1_250))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("women");
    }
}
