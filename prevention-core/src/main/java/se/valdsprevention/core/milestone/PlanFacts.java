package se.valdsprevention.core.milestone;

import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.OutcomeFollowUp;
import se.valdsprevention.core.validation.Violations;

/**
 * The newest action plan of a municipality: where the decision adopting it stands (null while none was proposed),
 * its goals and how many have both a baseline and a target, its activities and how many have a production
 * follow-up, and how many goals have at least one outcome follow-up.
 */
public record PlanFacts(
        DecisionState adoption,
        int goals,
        int goalsWithBaselineAndTarget,
        int activities,
        int activitiesFollowedUp,
        int goalsMeasured) {

    public PlanFacts {
        var v = new Violations();
        v.requireNonNegative(goals, "goals");
        v.requireNonNegative(goalsWithBaselineAndTarget, "goalsWithBaselineAndTarget");
        v.require(
                goalsWithBaselineAndTarget <= goals,
                "goalsWithBaselineAndTarget",
                "får inte vara fler än målen (" + goals + ")");
        v.requireNonNegative(activities, "activities");
        v.requireNonNegative(activitiesFollowedUp, "activitiesFollowedUp");
        v.require(
                activitiesFollowedUp <= activities,
                "activitiesFollowedUp",
                "får inte vara fler än aktiviteterna (" + activities + ")");
        v.requireNonNegative(goalsMeasured, "goalsMeasured");
        v.require(goalsMeasured <= goals, "goalsMeasured", "får inte vara fler än målen (" + goals + ")");
        v.throwIfAny();
    }

    /**
     * The facts of {@code plan}, with {@code adoption} the newest decision adopting it (null when none was proposed).
     * Every goal of the core plan has a baseline and a target; a cancelled activity with its reason counts as
     * followed up.
     *
     * @throws IllegalArgumentException when {@code adoption} is not about adopting an action plan
     */
    public static PlanFacts of(ActionPlan plan, Decision adoption) {
        if (adoption != null && adoption.proposal().type() != DecisionType.ACTION_PLAN_ADOPTION) {
            throw new IllegalArgumentException("Beslutet " + adoption.id() + " gäller "
                    + adoption.proposal().type().label() + ", inte antagande av handlingsplan");
        }
        int measured = (int) plan.outcomeFollowUps().stream()
                .map(OutcomeFollowUp::goalId)
                .distinct()
                .count();
        return new PlanFacts(
                adoption == null ? null : DecisionState.of(adoption),
                plan.goals().size(),
                plan.goals().size(),
                plan.activities().size(),
                plan.productionFollowUps().size(),
                measured);
    }

    /** Whether the plan was adopted, whether or not the decision has been followed up since. */
    public boolean adopted() {
        return adoption != null && adoption.approved();
    }
}
