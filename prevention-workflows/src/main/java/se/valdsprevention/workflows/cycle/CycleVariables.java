package se.valdsprevention.workflows.cycle;

/** Names of the IAVP cycle's process variables, shared by the model, its forms and delegates. */
public final class CycleVariables {

    public static final String MUNICIPALITY_CODE = "municipalityCode";
    public static final String CYCLE_LABEL = "cycleLabel";
    public static final String CYCLE_NUMBER = "cycleNumber";
    /** Identifies one turn of the cycle: documents are stored per cycle id. */
    public static final String CYCLE_ID = "cycleId";
    /** The cycle id whose agreed situation picture is this cycle's baseline. */
    public static final String BASELINE_CYCLE_ID = "baselineCycleId";

    public static final String CURRENT_STEP = "currentStep";
    public static final String MISSING_DEPARTMENTS = "missingDepartments";
    public static final String NEXT_CYCLE = "nextCycle";
    public static final String NEXT_CYCLE_LABEL = "nextCycleLabel";
    public static final String STALLED = "stalled";
    public static final String STALLED_SINCE = "stalledSince";
    public static final String SITUATION_PICTURE_SUMMARY = "situationPictureSummary";
    public static final String ACTION_PLAN_SUMMARY = "actionPlanSummary";

    private CycleVariables() {}

    /** The id of turn {@code number} of the cycle run by process instance {@code processInstanceId}. */
    public static String cycleId(String processInstanceId, int number) {
        return processInstanceId + "-" + number;
    }
}
