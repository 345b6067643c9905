package se.valdsprevention.web.evaluation;

import java.math.BigDecimal;
import java.util.List;
import se.valdsprevention.core.evaluation.ActionFollowThrough;
import se.valdsprevention.core.evaluation.LeadTimes;

/**
 * A municipality's (or the whole county's) evaluation figures for a period, all from what the workflow recorded.
 *
 * @param stepLeadTimes the lead times of handbook steps 1–5 finished in the period, in step order
 * @param stalledDays the days the stall tasks started in the period stood open (until today if still open)
 * @param attendancePercent attended (in person or by a substitute) of expected at the period's check-ins, or null
 * @param averageHeadcount the team's average size over the period, or null for the county
 */
public record EvaluationFigures(
        String code,
        String name,
        List<LeadTimes> stepLeadTimes,
        int stalls,
        BigDecimal stalledDays,
        LeadTimes decisions,
        LeadTimes followUps,
        int checkIns,
        BigDecimal attendancePercent,
        int membersLeft,
        BigDecimal averageHeadcount,
        ActionFollowThrough actions) {

    public EvaluationFigures {
        stepLeadTimes = List.copyOf(stepLeadTimes);
        if (stepLeadTimes.size() != 5) {
            throw new IllegalArgumentException("one lead time per handbook step, not " + stepLeadTimes.size());
        }
    }
}
