package se.valdsprevention.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalProgressTest {

    private static final Goal DECREASING = ActionPlanFixtures.fewerViolatedPupils(); // 13 -> 8

    private static final Goal INCREASING = new Goal(
            "more-trained-staff",
            "Fler anställda utbildade i att fråga om våld.",
            "trained-staff",
            new BigDecimal("40"),
            new BigDecimal("60"),
            LocalDate.of(2027, 12, 31));

    private static OutcomeFollowUp measured(Goal goal, String value, LocalDate at) {
        return new OutcomeFollowUp(goal.id(), new BigDecimal(value), at, null);
    }

    @Test
    void hasNotStartedWithoutMeasurement() {
        var progress = GoalProgress.of(INCREASING, List.of());

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(progress.fraction()).isNull();
        assertThat(progress.latest()).isNull();
    }

    @Test
    void placesTheLatestValueBetweenBaselineAndTarget() {
        var progress = GoalProgress.of(
                INCREASING,
                List.of(
                        measured(INCREASING, "55", LocalDate.of(2026, 6, 1)),
                        measured(INCREASING, "45", LocalDate.of(2025, 6, 1))));

        assertThat(progress.latest()).isEqualByComparingTo("55");
        assertThat(progress.fraction()).isEqualByComparingTo("0.75");
        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void handlesAGoalThatAimsDownwards() {
        var progress = GoalProgress.of(DECREASING, List.of(measured(DECREASING, "11", LocalDate.of(2026, 3, 1))));

        assertThat(progress.fraction()).isEqualByComparingTo("0.4");
        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void isWorseningWhenMovingAwayFromTheTarget() {
        var progress = GoalProgress.of(DECREASING, List.of(measured(DECREASING, "15", LocalDate.of(2026, 3, 1))));

        assertThat(progress.fraction()).isEqualByComparingTo("-0.4");
        assertThat(progress.status()).isEqualTo(ProgressStatus.WORSENING);
    }

    @Test
    void isAchievedAtOrBeyondTheTarget() {
        var progress = GoalProgress.of(INCREASING, List.of(measured(INCREASING, "70", LocalDate.of(2026, 3, 1))));

        assertThat(progress.fraction()).isEqualByComparingTo("1.5");
        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void hasNotStartedWhileStillAtTheBaseline() {
        var progress = GoalProgress.of(INCREASING, List.of(measured(INCREASING, "40", LocalDate.of(2026, 3, 1))));

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_STARTED);
    }

    @Test
    void ignoresMeasurementsOfOtherGoals() {
        var progress = GoalProgress.of(INCREASING, List.of(measured(DECREASING, "11", LocalDate.of(2026, 3, 1))));

        assertThat(progress.latest()).isNull();
    }

    @Test
    void givesTheProgressOfEveryGoalOfAPlan() {
        assertThat(ActionPlanFixtures.norsjoPlan().goalProgress())
                .extracting(GoalProgress::goalId, GoalProgress::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fewer-violated-pupils", ProgressStatus.ON_TRACK));
    }
}
