package se.valdsprevention.web.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.milestone.MilestoneScore;
import se.valdsprevention.core.milestone.MilestoneScores;

/**
 * One municipality in the county overview. Values the municipality does not have yet are null: no running cycle, no
 * open decision, no check-in held, nobody expected at one.
 *
 * @param step the handbook step 1–5 of the running cycle
 * @param daysInStep whole days since the step began, by the engine's clock
 * @param attendanceRate attended divided by expected at the last six check-ins held
 * @param leftLastYear members whose membership ended in the last 12 months
 * @param replacementsStarted introductions of replacements started in the last 12 months
 * @param replacementsOnboarded those of them that have ended with the replacement introduced
 * @param milestones the milestone scores, or null when the municipality's facts could not be read
 */
record OverviewRow(
        String code,
        String name,
        String cycleLabel,
        Integer step,
        String stepTitle,
        List<String> openWork,
        Integer daysInStep,
        boolean stalled,
        int openDecisions,
        Integer oldestDecisionDays,
        LocalDate lastCheckIn,
        BigDecimal attendanceRate,
        int overdueActions,
        int leftLastYear,
        int replacementsStarted,
        int replacementsOnboarded,
        MilestoneScores milestones) {

    boolean hasCycle() {
        return cycleLabel != null;
    }

    /** The milestones' total score, which the column sorts by; null when unknown. */
    Integer milestoneTotal() {
        return milestones == null ? null : milestones.total();
    }

    /** The first milestone in handbook order below 4, with what it lacks; null when all are reached or unknown. */
    MilestoneScore nextMilestone() {
        return milestones == null
                ? null
                : milestones.scores().stream()
                        .filter(s -> !s.reached())
                        .findFirst()
                        .orElse(null);
    }

    /** Replacements still in their introduction, which the column sorts by. */
    int replacementsWaiting() {
        return replacementsStarted - replacementsOnboarded;
    }
}
