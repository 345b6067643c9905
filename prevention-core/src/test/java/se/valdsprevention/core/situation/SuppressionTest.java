package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;
import static se.valdsprevention.core.situation.SituationPictureFixtures.n;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final ShownValue SMALL = Suppressed.SMALL_COUNT;
    private static final ShownValue PROTECTING = Suppressed.PROTECTING;

    private static ShownValue shown(String value) {
        return new Shown(n(value));
    }

    private static PublishedValues publish(String women, String men, String total) {
        return Suppression.publish(indicator()
                .values(women, men, total)
                .noGenderSplitReason(women == null || men == null ? "Ej könsuppdelad." : null)
                .build());
    }

    @Test
    void showsZeroAndSuppressesOneToFourAndShowsFive() {
        assertThat(Suppression.small(n("0"))).isFalse();
        assertThat(Suppression.small(n("1"))).isTrue();
        assertThat(Suppression.small(n("4"))).isTrue();
        assertThat(Suppression.small(n("5"))).isFalse();
    }

    @Test
    void showsCountsOfZeroAndFiveOrMore() {
        assertThat(publish("0", "5", "5")).isEqualTo(new PublishedValues(shown("0"), shown("5"), shown("5")));
    }

    @Test
    void suppressesWomenAndMenWhenTheTotalWouldRevealASmallPart() {
        assertThat(publish("3", "10", "13")).isEqualTo(new PublishedValues(SMALL, PROTECTING, shown("13")));
    }

    @Test
    void suppressesTheTotalAndItsOnlyNonZeroPartWhenTheTotalIsSmall() {
        assertThat(publish("0", "3", "3")).isEqualTo(new PublishedValues(shown("0"), SMALL, SMALL));
    }

    @Test
    void suppressesATotalOfOne() {
        assertThat(publish("1", "0", "1")).isEqualTo(new PublishedValues(SMALL, shown("0"), SMALL));
    }

    @Test
    void suppressesATotalOfFourAndBothParts() {
        assertThat(publish("2", "2", "4")).isEqualTo(new PublishedValues(SMALL, SMALL, SMALL));
    }

    @Test
    void showsEverythingWhenNoValueIsSmall() {
        assertThat(publish("5", "8", "13")).isEqualTo(new PublishedValues(shown("5"), shown("8"), shown("13")));
    }

    @Test
    void suppressesOnlyTheSmallPartWhenThereIsNoTotal() {
        assertThat(publish("4", "10", null)).isEqualTo(new PublishedValues(SMALL, shown("10"), null));
    }

    @Test
    void suppressesASmallTotalWithoutSplit() {
        assertThat(publish(null, null, "4")).isEqualTo(new PublishedValues(null, null, SMALL));
    }

    @Test
    void suppressesTheTotalWhenTwoSuppressedPartsTogetherAreSmall() {
        // 2 + 2 of a total of 9: the others (5) would reveal that the suppressed parts are 4 together.
        assertThat(publish("2", "2", "9")).isEqualTo(new PublishedValues(SMALL, SMALL, PROTECTING));
    }

    @Test
    void neverSuppressesIndicatorsThatAreNotPersonBased() {
        var callOuts = indicator()
                .unit(Unit.CASES)
                .personBased(false)
                .values("1", "3", "4")
                .build();

        assertThat(Suppression.publish(callOuts)).isEqualTo(new PublishedValues(shown("1"), shown("3"), shown("4")));
    }

    @Test
    void neverSuppressesPercentages() {
        var share = indicator().unit(Unit.PERCENT).values("3.5", "2", "2.7").build();

        assertThat(Suppression.publish(share)).isEqualTo(new PublishedValues(shown("3.5"), shown("2"), shown("2.7")));
    }

    @Test
    void suppressesTheNextSmallestPartOfACountyTotal() {
        var published = Suppression.suppress(List.of(n("1"), n("50"), n("60"), n("20")), n("131"));

        assertThat(published.parts()).containsExactly(SMALL, shown("50"), shown("60"), PROTECTING);
        assertThat(published.total()).isEqualTo(shown("131"));
    }

    @Test
    void skipsZeroPartsWhenChoosingTheComplementaryPart() {
        var published = Suppression.suppress(List.of(n("2"), n("0"), n("30")), n("32"));

        assertThat(published.parts()).containsExactly(SMALL, shown("0"), PROTECTING);
        assertThat(published.total()).isEqualTo(shown("32"));
    }

    @Test
    void suppressesTheTotalWhenNoOtherPartCanHideTheSuppressedOne() {
        var published = Suppression.suppress(List.of(n("3"), n("0"), n("0")), n("8"));

        assertThat(published.parts()).containsExactly(SMALL, shown("0"), shown("0"));
        assertThat(published.total()).isEqualTo(PROTECTING);
    }

    @Test
    void widensSuppressionWhileTheSuppressedPartsTogetherAreSmall() {
        var published = Suppression.suppress(List.of(n("1"), n("2"), n("40"), n("45")), n("88"));

        assertThat(published.parts()).containsExactly(SMALL, SMALL, PROTECTING, shown("45"));
        assertThat(published.total()).isEqualTo(shown("88"));
    }

    @Test
    void leavesPartsWithoutATotalToPrimarySuppression() {
        var published = Suppression.suppress(List.of(n("3"), n("7")), null);

        assertThat(published.parts()).containsExactly(SMALL, shown("7"));
        assertThat(published.total()).isNull();
    }

    @Test
    void neverRevealsASmallCountForAnyWomenAndMenUpToTwenty() {
        for (int women = 0; women <= 20; women++) {
            for (int men = 0; men <= 20; men++) {
                if (women + men == 0) {
                    continue;
                }
                var published = publish(String.valueOf(women), String.valueOf(men), String.valueOf(women + men));
                String context = "women " + women + ", men " + men;
                assertNoSmallShown(published.women(), context);
                assertNoSmallShown(published.men(), context);
                assertNoSmallShown(published.total(), context);
                if (!published.total().suppressed()) {
                    assertThat(published.women().suppressed())
                            .as("total shown, so women and men are suppressed together: " + context)
                            .isEqualTo(published.men().suppressed());
                }
            }
        }
    }

    private static void assertNoSmallShown(ShownValue value, String context) {
        BigDecimal number = value.number().orElse(BigDecimal.ZERO);
        assertThat(Suppression.small(number)).as(context).isFalse();
    }
}
