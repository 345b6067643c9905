package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

/** The smaller parts of a situation picture: observations, the analysis, factors and prioritised problems. */
class SituationPartsTest {

    @Test
    void refusesAnObservationWithoutFinding() {
        assertRefused(() -> new Observation(" ", "Polisen"), "finding", "måste fyllas i");
    }

    @Test
    void refusesAFindingLongerThanTenThousandCharacters() {
        assertRefused(() -> new Observation("x".repeat(10_001), null), "finding", "högst 10000 tecken");
    }

    @Test
    void refusesAnAnalysisWithoutSummary() {
        assertRefused(() -> new GenderEqualityAnalysis(null, "Skillnader.", null), "summary", "måste fyllas i");
    }

    @Test
    void keepsOptionalAnalysisTextAbsentWhenBlank() {
        var analysis = new GenderEqualityAnalysis("Sammanfattning.", " ", "");

        assertThat(analysis.differencesBetweenWomenAndMen()).isNull();
        assertThat(analysis.consequences()).isNull();
    }

    @Test
    void refusesAFactorWithoutLevel() {
        assertRefused(() -> new RiskFactor(null, "Alkohol.", true), "level", "måste fyllas i");
        assertRefused(() -> new ProtectiveFactor(null, "Trygga vuxna.", true), "level", "måste fyllas i");
    }

    @Test
    void refusesAFactorWithoutDescription() {
        assertRefused(
                () -> new ProtectiveFactor(SocioEcologicalLevel.SOCIETY, "", false), "description", "måste fyllas i");
    }

    @Test
    void refusesAProblemRankedBelowOne() {
        assertRefused(() -> new PrioritisedProblem(0, "Kränkningar.", List.of()), "rank", "måste vara minst 1");
    }

    @Test
    void refusesAProblemNamingTheSameIndicatorTwice() {
        assertRefused(
                () -> new PrioritisedProblem(1, "Kränkningar.", List.of("a", "a")),
                "indicatorIds[1]",
                "indikator-id 'a' förekommer redan");
    }

    @Test
    void reportsAMissingFinding() {
        assertThat(Refusals.paths(() -> new Observation(null, null))).containsExactly("finding");
    }
}
