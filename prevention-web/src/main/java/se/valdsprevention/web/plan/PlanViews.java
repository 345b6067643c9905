package se.valdsprevention.web.plan;

import se.valdsprevention.core.plan.Activity;

/** What the plan page shows besides the form, as public records for the template. */
public final class PlanViews {

    private PlanViews() {}

    /** A message above the plan: {@code kind} is info, ok or warning. */
    public record Notice(String kind, String text) {}

    /** One saved revision in the list of revisions. */
    public record RevisionLine(int number, String author, String at) {}

    /** An indicator of the cycle's situation picture a goal can be measured by. */
    public record IndicatorOption(String id, String name) {}

    /** A method of the method bank an activity uses: linked to its page when the method bank knows it. */
    public record MethodLink(String id, String name, String path) {

        public boolean known() {
            return path != null;
        }
    }

    /** A goal as shown read-only, with its values (or why they are hidden) and its progress in Swedish. */
    public record GoalView(
            int number,
            String id,
            String description,
            String indicator,
            String baseline,
            String target,
            String deadline,
            String progressStatus,
            String progressText,
            java.util.List<MeasurementView> measurements) {}

    /** One measurement of a goal's indicator. */
    public record MeasurementView(String value, String date, String comment) {}

    /** An activity as shown read-only, with its method and production follow-up. */
    public record ActivityView(
            int number, Activity activity, MethodLink method, String status, String followUpComment) {}

    /** A cycle the user may choose when several run. */
    public record CycleChoice(String cycleId, String label, String task) {}
}
