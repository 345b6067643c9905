package se.valdsprevention.web.plan;

/**
 * An IAVP cycle turn whose action plan the page shows.
 *
 * @param processInstanceId the cycle's process instance, or null for a turn that has ended
 * @param cycleId the turn's id, under which its plan revisions are stored
 * @param planTaskId the open task during which the plan may change, or null when none is open
 * @param planTaskKey that task's key: {@code planActivities}, {@code reviseSteeringProposal} or {@code followUpPlan}
 */
public record PlanCycle(String processInstanceId, String cycleId, String label, String planTaskId, String planTaskKey) {

    public boolean open() {
        return planTaskId != null;
    }

    /** Whether the open task is step 5's follow-up, when activities and goals are followed up. */
    public boolean followUp() {
        return PlanCycles.FOLLOW_UP_TASK.equals(planTaskKey);
    }
}
