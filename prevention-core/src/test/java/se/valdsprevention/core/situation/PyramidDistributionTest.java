package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyramidDistributionTest {

    @Test
    void countsIndicatorsPerLevelIncludingEmptyLevels() {
        var distribution = PyramidDistribution.of(SituationPictureFixtures.norsjo2024());

        assertThat(distribution.countsByLevel()).containsOnlyKeys(PyramidLevel.values());
        assertThat(distribution.count(PyramidLevel.NORMS_AND_ATTITUDES)).isZero();
        assertThat(distribution.count(PyramidLevel.VIOLATIONS_AND_HARASSMENT)).isEqualTo(1);
        assertThat(distribution.count(PyramidLevel.THREATS_AND_LIGHTER_VIOLENCE))
                .isEqualTo(1);
        assertThat(distribution.count(PyramidLevel.SERIOUS_VIOLENCE)).isEqualTo(1);
        assertThat(distribution.count(PyramidLevel.LETHAL_VIOLENCE)).isZero();
        assertThat(distribution.withoutLevel()).isEqualTo(1);
    }

    @Test
    void givesZeroOnEveryLevelForAnEmptyPicture() {
        var distribution = PyramidDistribution.of(SituationPicture.draft("2417", ReportingPeriod.ofYear(2024)));

        assertThat(distribution.countsByLevel().values()).containsExactly(0, 0, 0, 0, 0);
        assertThat(distribution.withoutLevel()).isZero();
    }

    @Test
    void countsSeveralIndicatorsOnOneLevel() {
        var picture = SituationPictureFixtures.picture()
                .indicators(
                        SituationPictureFixtures.indicator().id("a").build(),
                        SituationPictureFixtures.indicator().id("b").build())
                .prioritisedProblems(List.of())
                .build();

        assertThat(PyramidDistribution.of(picture).count(PyramidLevel.SERIOUS_VIOLENCE))
                .isEqualTo(2);
    }
}
