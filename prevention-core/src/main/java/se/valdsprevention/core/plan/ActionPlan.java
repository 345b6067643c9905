package se.valdsprevention.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.validation.Violations;

/**
 * A municipality's action plan (handlingsplan) for a period: a vision, measurable goals, activities within the
 * period, and their follow-up: at most one production follow-up per activity, outcome follow-ups per goal on
 * different dates.
 */
public record ActionPlan(
        String municipalityCode,
        ReportingPeriod period,
        String vision,
        List<Goal> goals,
        List<Activity> activities,
        List<ProductionFollowUp> productionFollowUps,
        List<OutcomeFollowUp> outcomeFollowUps) {

    public ActionPlan {
        var v = new Violations();
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        v.requireNonNull(period, "period");
        v.requireText(vision, "vision", Violations.TEXT_MAX);
        goals = v.list(goals, "goals");
        v.unique(goals, "goals", "id", Goal::id, "mål-id");
        activities = v.list(activities, "activities");
        v.unique(activities, "activities", "id", Activity::id, "aktivitets-id");
        if (period != null) {
            for (int i = 0; i < activities.size(); i++) {
                v.require(
                        period.encloses(activities.get(i).period()),
                        Violations.index("activities", i) + ".period",
                        "måste ligga inom handlingsplanens period " + period);
            }
        }
        productionFollowUps = v.list(productionFollowUps, "productionFollowUps");
        v.unique(
                productionFollowUps,
                "productionFollowUps",
                "activityId",
                ProductionFollowUp::activityId,
                "uppföljningen av aktiviteten");
        Set<String> activityIds = activities.stream().map(Activity::id).collect(Collectors.toSet());
        for (int i = 0; i < productionFollowUps.size(); i++) {
            String id = productionFollowUps.get(i).activityId();
            v.require(
                    activityIds.contains(id),
                    Violations.index("productionFollowUps", i) + ".activityId",
                    "det finns ingen aktivitet med id '" + id + "' i handlingsplanen");
        }
        outcomeFollowUps = v.list(outcomeFollowUps, "outcomeFollowUps");
        v.unique(
                outcomeFollowUps,
                "outcomeFollowUps",
                "measuredAt",
                f -> f.goalId() + " den " + f.measuredAt(),
                "mätningen av målet");
        Set<String> goalIds = goals.stream().map(Goal::id).collect(Collectors.toSet());
        for (int i = 0; i < outcomeFollowUps.size(); i++) {
            String id = outcomeFollowUps.get(i).goalId();
            v.require(
                    goalIds.contains(id),
                    Violations.index("outcomeFollowUps", i) + ".goalId",
                    "det finns inget mål med id '" + id + "' i handlingsplanen");
        }
        v.throwIfAny();
    }

    /** The progress of every goal, in the order of the goals. */
    public List<GoalProgress> goalProgress() {
        return goals.stream()
                .map(goal -> GoalProgress.of(goal, outcomeFollowUps))
                .toList();
    }

    /** The plan with the production follow-up of one activity recorded, replacing an earlier one. */
    public ActionPlan withProductionFollowUp(ProductionFollowUp followUp) {
        var followUps = new ArrayList<>(productionFollowUps.stream()
                .filter(f -> !f.activityId().equals(followUp.activityId()))
                .toList());
        followUps.add(followUp);
        return new ActionPlan(municipalityCode, period, vision, goals, activities, followUps, outcomeFollowUps);
    }

    /** The plan with one more outcome measurement. */
    public ActionPlan withOutcomeFollowUp(OutcomeFollowUp followUp) {
        var followUps = new ArrayList<>(outcomeFollowUps);
        followUps.add(followUp);
        return new ActionPlan(municipalityCode, period, vision, goals, activities, productionFollowUps, followUps);
    }
}
