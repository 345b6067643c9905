package se.valdsprevention.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How far a goal has come: the latest measured value placed between baseline and target as a fraction (0 at the
 * baseline, 1 at the target, above 1 beyond it, negative when moving away). It works the same for a decreasing
 * goal (target below baseline). Without a measurement the fraction and latest value are null.
 *
 * <p>Status: {@code NOT_STARTED} without a measurement or at the baseline, {@code WORSENING} when moving away,
 * {@code ON_TRACK} between baseline and target, {@code ACHIEVED} at or beyond the target.
 */
public record GoalProgress(
        String goalId,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal latest,
        LocalDate latestMeasuredAt,
        BigDecimal fraction,
        ProgressStatus status) {

    /** The progress of {@code goal} from those of {@code followUps} that measure it; the latest by date counts. */
    public static GoalProgress of(Goal goal, List<OutcomeFollowUp> followUps) {
        var latest = followUps.stream()
                .filter(f -> f.goalId().equals(goal.id()))
                .max(Comparator.comparing(OutcomeFollowUp::measuredAt));
        if (latest.isEmpty()) {
            return new GoalProgress(
                    goal.id(), goal.baseline(), goal.target(), null, null, null, ProgressStatus.NOT_STARTED);
        }
        BigDecimal value = latest.get().measuredValue();
        BigDecimal fraction = value.subtract(goal.baseline())
                .divide(goal.target().subtract(goal.baseline()), 4, RoundingMode.HALF_UP);
        return new GoalProgress(
                goal.id(),
                goal.baseline(),
                goal.target(),
                value,
                latest.get().measuredAt(),
                fraction,
                status(fraction));
    }

    private static ProgressStatus status(BigDecimal fraction) {
        if (fraction.signum() < 0) {
            return ProgressStatus.WORSENING;
        }
        if (fraction.signum() == 0) {
            return ProgressStatus.NOT_STARTED;
        }
        return fraction.compareTo(BigDecimal.ONE) >= 0 ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK;
    }
}
