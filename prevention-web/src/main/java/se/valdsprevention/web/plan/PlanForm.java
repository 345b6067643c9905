package se.valdsprevention.web.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Activity;
import se.valdsprevention.core.plan.Goal;
import se.valdsprevention.core.plan.OutcomeFollowUp;
import se.valdsprevention.core.plan.ProductionFollowUp;

/**
 * The plan as the form carries it: every field as the text typed, so that invalid input comes back as it was
 * written. {@code baseRevision} is the revision the user started from, refused when someone saved after it.
 */
public class PlanForm {

    private String baseRevision = "0";
    private String vision = "";
    private String periodStart = "";
    private String periodEnd = "";
    private List<GoalRow> goals = new ArrayList<>();
    private List<ActivityRow> activities = new ArrayList<>();
    private List<OutcomeRow> outcomes = new ArrayList<>();

    /** The form of a stored plan, with one empty measurement row per goal for the next outcome follow-up. */
    static PlanForm of(ActionPlan plan, int revision) {
        PlanForm form = new PlanForm();
        form.baseRevision = Integer.toString(revision);
        form.vision = plan.vision();
        form.periodStart = plan.period().start().toString();
        form.periodEnd = plan.period().end().toString();
        for (Goal goal : plan.goals()) {
            GoalRow row = new GoalRow();
            row.id = goal.id();
            row.description = goal.description();
            row.indicatorId = goal.indicatorId();
            row.baseline = number(goal.baseline());
            row.target = number(goal.target());
            row.deadline = date(goal.deadline());
            form.goals.add(row);
        }
        for (Activity activity : plan.activities()) {
            ActivityRow row = new ActivityRow();
            row.id = activity.id();
            row.title = activity.title();
            row.department = activity.department().name();
            row.responsibleRole = activity.responsibleRole();
            row.start = date(activity.period().start());
            row.end = date(activity.period().end());
            row.sek = number(activity.resources().sek());
            row.hours = number(activity.resources().hours());
            row.decisionReference = activity.decisionReference() == null ? "" : activity.decisionReference();
            row.preventionLevel = activity.preventionLevel().name();
            row.preventionKind = activity.preventionKind().name();
            row.ambitionLevel = activity.ambitionLevel().name();
            row.why = activity.programmeTheory().why();
            row.how = activity.programmeTheory().how();
            row.shortTerm = activity.programmeTheory().shortTermOutcomes();
            row.longTerm = activity.programmeTheory().longTermOutcomes();
            row.methodId = activity.methodId() == null ? "" : activity.methodId();
            for (ProductionFollowUp followUp : plan.productionFollowUps()) {
                if (followUp.activityId().equals(activity.id())) {
                    row.status = followUp.status().name();
                    row.followUpComment = followUp.comment() == null ? "" : followUp.comment();
                }
            }
            form.activities.add(row);
        }
        for (Goal goal : plan.goals()) {
            for (OutcomeFollowUp followUp : plan.outcomeFollowUps()) {
                if (followUp.goalId().equals(goal.id())) {
                    OutcomeRow row = new OutcomeRow();
                    row.goalId = goal.id();
                    row.value = number(followUp.measuredValue());
                    row.date = date(followUp.measuredAt());
                    row.comment = followUp.comment() == null ? "" : followUp.comment();
                    form.outcomes.add(row);
                }
            }
            OutcomeRow next = new OutcomeRow();
            next.goalId = goal.id();
            form.outcomes.add(next);
        }
        return form;
    }

    /** Adds an empty goal with an id not used yet in the form. */
    void addGoal() {
        GoalRow row = new GoalRow();
        row.id = freeId("mal-", goals.stream().map(GoalRow::getId).toList());
        goals.add(row);
    }

    /** Adds an empty activity with an id not used yet in the form, and returns it. */
    ActivityRow addActivity() {
        ActivityRow row = new ActivityRow();
        row.id =
                freeId("aktivitet-", activities.stream().map(ActivityRow::getId).toList());
        activities.add(row);
        return row;
    }

    void removeGoal(int index) {
        if (index >= 0 && index < goals.size()) {
            goals.remove(index);
        }
    }

    void removeActivity(int index) {
        if (index >= 0 && index < activities.size()) {
            activities.remove(index);
        }
    }

    /** The index of the goal with this id in the form, or -1. */
    public int goalIndex(String goalId) {
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).id != null && goals.get(i).id.equals(goalId)) {
                return i;
            }
        }
        return -1;
    }

    private static String freeId(String prefix, List<String> taken) {
        Set<String> used = new HashSet<>(taken);
        int number = taken.size() + 1;
        while (used.contains(prefix + number)) {
            number++;
        }
        return prefix + number;
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(String baseRevision) {
        this.baseRevision = baseRevision;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalRow> goals) {
        this.goals = goals;
    }

    public List<ActivityRow> getActivities() {
        return activities;
    }

    public void setActivities(List<ActivityRow> activities) {
        this.activities = activities;
    }

    public List<OutcomeRow> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<OutcomeRow> outcomes) {
        this.outcomes = outcomes;
    }

    /** A goal as typed. */
    public static class GoalRow {
        private String id = "";
        private String description = "";
        private String indicatorId = "";
        private String baseline = "";
        private String target = "";
        private String deadline = "";

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(String indicatorId) {
            this.indicatorId = indicatorId;
        }

        public String getBaseline() {
            return baseline;
        }

        public void setBaseline(String baseline) {
            this.baseline = baseline;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }
    }

    /** An activity as typed, with its production follow-up (status and what was done). */
    public static class ActivityRow {
        private String id = "";
        private String title = "";
        private String department = "";
        private String responsibleRole = "";
        private String start = "";
        private String end = "";
        private String sek = "";
        private String hours = "";
        private String decisionReference = "";
        private String preventionLevel = "";
        private String preventionKind = "";
        private String ambitionLevel = "";
        private String why = "";
        private String how = "";
        private String shortTerm = "";
        private String longTerm = "";
        private String methodId = "";
        private String status = "";
        private String followUpComment = "";

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
        }

        public String getResponsibleRole() {
            return responsibleRole;
        }

        public void setResponsibleRole(String responsibleRole) {
            this.responsibleRole = responsibleRole;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public String getSek() {
            return sek;
        }

        public void setSek(String sek) {
            this.sek = sek;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }

        public String getDecisionReference() {
            return decisionReference;
        }

        public void setDecisionReference(String decisionReference) {
            this.decisionReference = decisionReference;
        }

        public String getPreventionLevel() {
            return preventionLevel;
        }

        public void setPreventionLevel(String preventionLevel) {
            this.preventionLevel = preventionLevel;
        }

        public String getPreventionKind() {
            return preventionKind;
        }

        public void setPreventionKind(String preventionKind) {
            this.preventionKind = preventionKind;
        }

        public String getAmbitionLevel() {
            return ambitionLevel;
        }

        public void setAmbitionLevel(String ambitionLevel) {
            this.ambitionLevel = ambitionLevel;
        }

        public String getWhy() {
            return why;
        }

        public void setWhy(String why) {
            this.why = why;
        }

        public String getHow() {
            return how;
        }

        public void setHow(String how) {
            this.how = how;
        }

        public String getShortTerm() {
            return shortTerm;
        }

        public void setShortTerm(String shortTerm) {
            this.shortTerm = shortTerm;
        }

        public String getLongTerm() {
            return longTerm;
        }

        public void setLongTerm(String longTerm) {
            this.longTerm = longTerm;
        }

        public String getMethodId() {
            return methodId;
        }

        public void setMethodId(String methodId) {
            this.methodId = methodId;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getFollowUpComment() {
            return followUpComment;
        }

        public void setFollowUpComment(String followUpComment) {
            this.followUpComment = followUpComment;
        }
    }

    /** One measurement of a goal's indicator as typed; a row with neither value nor date is no measurement. */
    public static class OutcomeRow {
        private String goalId = "";
        private String value = "";
        private String date = "";
        private String comment = "";

        public String getGoalId() {
            return goalId;
        }

        public void setGoalId(String goalId) {
            this.goalId = goalId;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }
}
