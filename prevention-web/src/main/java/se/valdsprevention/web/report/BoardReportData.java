package se.valdsprevention.web.report;

import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.web.charts.CycleFigures;

/**
 * What a board report shows, already publishable: the situation picture only as its suppressed view, the plan's
 * goals with their figures as they may be shown. Public, as are its parts, for the template.
 *
 * @param picture the situation picture, or null when the municipality has none yet
 * @param plan the action plan, or null when none is saved yet
 */
public record BoardReportData(
        String municipalityCode,
        String municipalityName,
        String countyName,
        LocalDate createdOn,
        Picture picture,
        Plan plan,
        List<DecisionRow> decisions) {

    public BoardReportData {
        decisions = List.copyOf(decisions);
    }

    /**
     * @param agreed whether the team agreed it; otherwise it is the current cycle's draft
     * @param trend the agreed pictures of earlier cycles and this one, oldest first, for the trend chart
     */
    public record Picture(PublishedSituationPicture published, boolean agreed, int revision, List<CycleFigures> trend) {

        public Picture {
            trend = List.copyOf(trend);
        }
    }

    /** The plan's latest revision, with its goals as they may be shown. */
    public record Plan(ActionPlan plan, int revision, String savedOn, List<GoalRow> goals) {

        public Plan {
            goals = List.copyOf(goals);
        }
    }

    /** A goal with its baseline and target shown, or withheld when they are small counts of persons. */
    public record GoalRow(
            int number,
            String description,
            String indicator,
            String baseline,
            String target,
            String deadline,
            String progress) {}

    /** A decision of the municipality as the follow-up lists it. */
    public record DecisionRow(
            String title, String type, String status, String decidedOn, String followUpDate, String followUp) {}
}
