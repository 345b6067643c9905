package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.CYCLE_ID;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.workflows.form.SubmittedValues;
import se.valdsprevention.workflows.situation.ActionPlans;

/**
 * Step 4 is planned when this turn's action plan has been sent with measurable goals and activities,
 * each with its programme theory (the domain type refuses a plan without them), or, in step 5, when
 * every activity and goal has been followed up.
 */
public class CheckActionPlan implements TaskListener {

    static final Set<String> PLAN_CHECKLIST = Set.of("PROGRAMME_THEORY", "MEASURABLE_GOALS", "FOLLOW_UP_PLANNED");

    private final ActionPlans plans;
    private final boolean followUp;

    private CheckActionPlan(ActionPlans plans, boolean followUp) {
        this.plans = plans;
        this.followUp = followUp;
    }

    /** For "Planera insatser med programteori". */
    public static CheckActionPlan planned(ActionPlans plans) {
        return new CheckActionPlan(plans, false);
    }

    /** For "Följ upp aktiviteter och mål". */
    public static CheckActionPlan followedUp(ActionPlans plans) {
        return new CheckActionPlan(plans, true);
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        if (!followUp) {
            values.requireChoices("planChecklist", PLAN_CHECKLIST);
        }
        String cycleId = (String) task.getVariable(CYCLE_ID);
        ActionPlan plan = plans.latest(cycleId).map(r -> r.plan()).orElse(null);
        if (plan == null) {
            values.reject(
                    "actionPlan",
                    "Handlingsplanen är inte skriven än. Skriv den på sidan Handlingsplan (/kommuner/"
                            + task.getTenantId() + "/handlingsplan).");
        } else if (!followUp) {
            if (plan.goals().isEmpty()) {
                values.reject("actionPlan.goals", "Handlingsplanen måste ha minst ett mätbart mål" + onPage(task));
            }
            if (plan.activities().isEmpty()) {
                values.reject("actionPlan.activities", "Handlingsplanen måste ha minst en aktivitet" + onPage(task));
            }
        } else {
            long activitiesFollowedUp = plan.activities().stream()
                    .filter(a -> plan.productionFollowUps().stream()
                            .anyMatch(f -> f.activityId().equals(a.id())))
                    .count();
            long goalsFollowedUp = plan.goals().stream()
                    .filter(g -> plan.outcomeFollowUps().stream()
                            .anyMatch(f -> f.goalId().equals(g.id())))
                    .count();
            if (activitiesFollowedUp < plan.activities().size()) {
                values.reject(
                        "actionPlan.productionFollowUps",
                        "Produktionsuppföljning saknas för "
                                + (plan.activities().size() - activitiesFollowedUp) + " av handlingsplanens aktiviteter"
                                + onPage(task));
            }
            if (goalsFollowedUp < plan.goals().size()) {
                values.reject(
                        "actionPlan.outcomeFollowUps",
                        "Resultatuppföljning saknas för " + (plan.goals().size() - goalsFollowedUp)
                                + " av handlingsplanens mål" + onPage(task));
            }
        }
        values.throwIfInvalid();
    }

    /** Where the user fixes the plan: the action plan page of the task's municipality. */
    private static String onPage(DelegateTask task) {
        return ". Komplettera den på sidan Handlingsplan (/kommuner/" + task.getTenantId() + "/handlingsplan).";
    }
}
