package se.valdsprevention.web.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        int replacementsOnboarded) {

    boolean hasCycle() {
        return cycleLabel != null;
    }

    /** Replacements still in their introduction, which the column sorts by. */
    int replacementsWaiting() {
        return replacementsStarted - replacementsOnboarded;
    }
}
