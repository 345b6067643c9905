package se.valdsprevention.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class GoalTest {

    private static Goal goal(String baseline, String target) {
        return new Goal(
                "fewer-violated-pupils",
                "Färre elever utsätts för kränkningar.",
                "school-harassment",
                baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target),
                LocalDate.of(2027, 12, 31));
    }

    @Test
    void knowsWhetherItAimsDownwards() {
        assertThat(goal("13", "8").decreasing()).isTrue();
        assertThat(goal("40", "60").decreasing()).isFalse();
    }

    @Test
    void refusesATargetEqualToTheBaseline() {
        assertRefused(() -> goal("13", "13.0"), "target", "måste skilja sig från utgångsvärdet 13");
    }

    @Test
    void refusesAGoalWithoutBaselineTargetOrDeadline() {
        var refusal = assertRefused(
                () -> new Goal("g", "Mål.", "school-harassment", null, null, null), "baseline", "måste fyllas i");
        assertThat(refusal.violations()).extracting("path").containsExactly("baseline", "target", "deadline");
    }

    @Test
    void refusesAGoalWithoutIndicator() {
        assertRefused(
                () -> new Goal("g", "Mål.", " ", BigDecimal.ONE, BigDecimal.TEN, LocalDate.of(2027, 1, 1)),
                "indicatorId",
                "måste fyllas i");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Goal(null, null, null, null, null, null)))
                .containsExactly("id", "description", "indicatorId", "baseline", "target", "deadline");
    }
}
