package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;
import static se.valdsprevention.core.situation.SituationPictureFixtures.picture;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenderGapTest {

    private static GenderGap only(Indicator indicator) {
        var gaps = GenderGap.of(
                picture().indicators(indicator).prioritisedProblems(List.of()).build());
        assertThat(gaps).hasSize(1);
        return gaps.get(0);
    }

    @Test
    void givesRatioAndDifferenceOfWomenToMen() {
        var gap = only(indicator().values("30", "20", "50").build());

        assertThat(gap.ratio()).isEqualByComparingTo("1.5");
        assertThat(gap.difference()).isEqualByComparingTo("10");
    }

    @Test
    void givesNoRatioWhenMenIsZero() {
        var gap = only(indicator().values("7", "0", "7").build());

        assertThat(gap.ratio()).isNull();
        assertThat(gap.difference()).isEqualByComparingTo("7");
    }

    @Test
    void givesNoGapForSuppressedValues() {
        var gap = only(SituationPictureFixtures.schoolHarassment());

        assertThat(gap.women()).isEqualTo(Suppressed.SMALL_COUNT);
        assertThat(gap.ratio()).isNull();
        assertThat(gap.difference()).isNull();
    }

    @Test
    void skipsIndicatorsWithoutSplit() {
        var gaps = GenderGap.of(SituationPictureFixtures.norsjo2024());

        assertThat(gaps)
                .extracting(GenderGap::indicatorId)
                .containsExactly("reported-assaults", "school-harassment", "insecurity");
    }

    @Test
    void comparesPercentagesToo() {
        var insecurity = only(SituationPictureFixtures.insecurity());

        assertThat(insecurity.difference()).isEqualByComparingTo("19.5");
        assertThat(insecurity.ratio()).isEqualByComparingTo("3.1667");
    }
}
