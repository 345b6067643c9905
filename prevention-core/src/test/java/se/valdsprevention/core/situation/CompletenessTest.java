package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void scoresACompletePictureAsOne() {
        var completeness = Completeness.of(SituationPictureFixtures.norsjo2024());

        assertThat(completeness.indicatorCount()).isEqualTo(4);
        assertThat(completeness.withoutGenderSplit()).isEmpty();
        assertThat(completeness.withoutSource()).isEmpty();
        assertThat(completeness.score()).isEqualByComparingTo("1");
    }

    @Test
    void listsPersonBasedIndicatorsWithoutSplitAndIndicatorsWithoutSource() {
        var picture = SituationPictureFixtures.picture()
                .indicators(
                        indicator().build(),
                        indicator()
                                .id("threats")
                                .values(null, null, "9")
                                .noGenderSplitReason("Ej redovisat.")
                                .source(null)
                                .build())
                .prioritisedProblems(List.of())
                .build();

        var completeness = Completeness.of(picture);

        assertThat(completeness.withoutGenderSplit()).containsExactly("threats");
        assertThat(completeness.withoutSource()).containsExactly("threats");
        assertThat(completeness.score()).isEqualByComparingTo("0.50");
    }

    @Test
    void doesNotAskForASplitOfIndicatorsThatAreNotPersonBased() {
        var picture = SituationPictureFixtures.picture()
                .indicators(SituationPictureFixtures.callOuts())
                .prioritisedProblems(List.of())
                .build();

        assertThat(Completeness.of(picture).withoutGenderSplit()).isEmpty();
    }

    @Test
    void scoresAnEmptyPictureAsZero() {
        var completeness = Completeness.of(SituationPicture.draft("2417", ReportingPeriod.ofYear(2024)));

        assertThat(completeness.score()).isEqualByComparingTo("0");
    }
}
