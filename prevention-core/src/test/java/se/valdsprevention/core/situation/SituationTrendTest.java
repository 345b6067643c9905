package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;
import static se.valdsprevention.core.situation.SituationPictureFixtures.n;
import static se.valdsprevention.core.situation.SituationPictureFixtures.picture;

import java.util.List;
import org.junit.jupiter.api.Test;

class SituationTrendTest {

    private final SituationPicture previous = picture()
            .period(ReportingPeriod.ofYear(2023))
            .indicators(
                    indicator().values("10", "20", "30").build(),
                    indicator().id("dropped").values("6", "6", "12").build(),
                    SituationPictureFixtures.schoolHarassment())
            .prioritisedProblems(List.of())
            .build();

    private final SituationPicture current = picture()
            .indicators(
                    indicator().values("12", "15", "27").build(),
                    indicator().id("added").values("7", "7", "14").build(),
                    indicator().id("school-harassment").values("6", "8", "14").build())
            .prioritisedProblems(List.of())
            .build();

    private IndicatorTrend trend(String indicatorId) {
        return SituationTrend.between(previous, current).indicators().stream()
                .filter(t -> t.indicatorId().equals(indicatorId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void computesAbsoluteAndRelativeChangeForWomenMenAndTotal() {
        var assaults = trend("reported-assaults");

        assertThat(assaults.women().absolute()).isEqualByComparingTo("2");
        assertThat(assaults.women().relative()).isEqualByComparingTo("0.2");
        assertThat(assaults.men().absolute()).isEqualByComparingTo("-5");
        assertThat(assaults.men().relative()).isEqualByComparingTo("-0.25");
        assertThat(assaults.total().absolute()).isEqualByComparingTo("-3");
        assertThat(assaults.total().relative()).isEqualByComparingTo("-0.1");
    }

    @Test
    void listsNewAndDroppedIndicators() {
        var trend = SituationTrend.between(previous, current);

        assertThat(trend.newIndicatorIds()).containsExactly("added");
        assertThat(trend.droppedIndicatorIds()).containsExactly("dropped");
        assertThat(trend.indicators())
                .extracting(IndicatorTrend::indicatorId)
                .containsExactly("reported-assaults", "school-harassment");
    }

    @Test
    void givesNoChangeForASuppressedValue() {
        var school = trend("school-harassment");

        assertThat(school.women().previous()).isEqualTo(Suppressed.SMALL_COUNT);
        assertThat(school.women().absolute()).isNull();
        assertThat(school.women().relative()).isNull();
        assertThat(school.total().absolute()).isEqualByComparingTo("1");
    }

    @Test
    void givesNoRelativeChangeFromZero() {
        var before = picture()
                .period(ReportingPeriod.ofYear(2023))
                .indicators(indicator().values("0", "20", "20").build())
                .prioritisedProblems(List.of())
                .build();
        var after = picture()
                .indicators(indicator().values("6", "20", "26").build())
                .prioritisedProblems(List.of())
                .build();

        var women = SituationTrend.between(before, after).indicators().get(0).women();

        assertThat(women.absolute()).isEqualByComparingTo(n("6"));
        assertThat(women.relative()).isNull();
    }

    @Test
    void refusesPicturesOfDifferentAreas() {
        var sorsele = picture().areaCode("2422").build();

        assertThatThrownBy(() -> SituationTrend.between(previous, sorsele))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different areas: 2417 and 2422");
    }

    @Test
    void refusesAPreviousPictureThatIsNotEarlier() {
        assertThatThrownBy(() -> SituationTrend.between(current, previous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end before");
        assertThatThrownBy(() -> SituationTrend.between(current, current)).isInstanceOf(IllegalArgumentException.class);
    }
}
