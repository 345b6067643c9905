package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.situation.SituationPictureFixtures.n;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link CountySuppression} on their own, including cases the municipalities' rules never produce. */
class CountySuppressionTest {

    private static BigDecimal[] counts(String women, String men, String total) {
        return new BigDecimal[] {
            women == null ? null : n(women), men == null ? null : n(men), total == null ? null : n(total)
        };
    }

    @Test
    void aTotalWithheldByDifferenceTakesTheSmallerPartWithItSoThatWomenPlusMenDoNotGiveItAway() {
        boolean[] withheld = CountySuppression.withheld(
                counts("22", "31", "53"),
                List.of(counts(null, null, "3"), counts("20", "30", "50")),
                List.of(new boolean[] {false, false, true}, new boolean[] {false, false, false}));

        assertThat(withheld).containsExactly(true, false, true);
    }

    @Test
    void nothingWithheldAnywhereShowsEverything() {
        boolean[] withheld = CountySuppression.withheld(
                counts("25", "40", "65"),
                List.of(counts("5", "10", "15"), counts("20", "30", "50")),
                List.of(new boolean[3], new boolean[3]));

        assertThat(withheld).containsExactly(false, false, false);
    }

    @Test
    void aWithheldValueOfFiveOrMoreIsNeverBoundedBySum() {
        assertThat(CountySuppression.revealsByDifference(
                        0,
                        List.of(counts("10", null, null), counts("4", null, null), counts("3", null, null)),
                        List.of(new boolean[] {true, false, false}, new boolean[] {true, false, false}, new boolean[] {
                            true, false, false
                        })))
                .isTrue();
        assertThat(CountySuppression.revealsByDifference(
                        0,
                        List.of(counts("2", null, null), counts("4", null, null), counts("3", null, null)),
                        List.of(new boolean[] {true, false, false}, new boolean[] {true, false, false}, new boolean[] {
                            true, false, false
                        })))
                .as("three values 1–4 adding up to 9 leave each 1–4")
                .isFalse();
    }

    @Test
    void bothPartsWithheldAddingUpToASmallNumberTakeTheTotal() {
        boolean[] withheld = CountySuppression.withheld(
                counts("2", "2", "40"),
                List.<BigDecimal[]>of(counts("2", "2", "40")),
                List.<boolean[]>of(new boolean[] {true, true, false}));

        assertThat(withheld).containsExactly(true, true, true);
    }
}
