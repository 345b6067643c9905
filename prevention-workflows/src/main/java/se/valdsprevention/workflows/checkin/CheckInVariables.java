package se.valdsprevention.workflows.checkin;

/** The names of the process variables of a check-in, shared by the model, its forms and the delegates. */
final class CheckInVariables {

    static final String MUNICIPALITY_CODE = "municipalityCode";
    static final String CYCLE_ID = "cycleId";
    static final String CURRENT_STEP = "currentStep";
    static final String AGENDA = "agenda";
    static final String MEETING_DATE = "meetingDate";
    static final String PRESENT = "present";
    static final String ABSENT = "absent";
    static final String SUBSTITUTES = "substitutes";
    static final String NOTES = "notes";
    static final String MEETING_ID = "meetingId";
    static final String ACTION_COUNT = "actionCount";
    static final String ACTION_ID = "actionId";
    static final String RECORDED_BY = "recordedBy";
    /** The Swedish summary of the protocol written on the workspace page, shown by the Tasklist form. */
    static final String CHECK_IN_SUMMARY = "checkInSummary";
    /** The workspace page's address of the protocol, linked from the Tasklist form. */
    static final String PROTOCOL_PATH = "checkInProtocolPath";
    /** The field a refusal names when the protocol as a whole is missing or wrong. */
    static final String PROTOCOL = "protocol";

    private CheckInVariables() {}
}
