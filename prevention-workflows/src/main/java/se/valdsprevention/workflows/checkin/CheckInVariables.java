package se.valdsprevention.workflows.checkin;

/** The names of the process variables of a check-in, shared by the model, its forms and the delegates. */
final class CheckInVariables {

    static final String MUNICIPALITY_CODE = "municipalityCode";
    static final String CYCLE_ID = "cycleId";
    static final String CURRENT_STEP = "currentStep";
    static final String AGENDA = "agenda";
    static final String MEETING_DATE = "meetingDate";
    static final String ATTENDANCE = "attendance";
    static final String NOTES = "notes";
    static final String ACTIONS = "actions";
    static final String MEETING_ID = "meetingId";
    static final String ACTION_COUNT = "actionCount";
    static final String ACTION_ID = "actionId";
    static final String RECORDED_BY = "recordedBy";

    /** The fields of one attendance row. */
    static final String MEMBER = "member";

    static final String STATUS = "status";
    static final String SUBSTITUTE_NAME = "substituteName";

    /** The fields of one action row. */
    static final String DESCRIPTION = "description";

    static final String ASSIGNEE = "assignee";
    static final String DUE_DATE = "dueDate";

    private CheckInVariables() {}
}
