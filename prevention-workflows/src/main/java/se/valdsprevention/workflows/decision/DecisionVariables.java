package se.valdsprevention.workflows.decision;

/** The names of the process variables of a municipal decision, shared by the models, forms and delegates. */
final class DecisionVariables {

    static final String MUNICIPALITY_CODE = "municipalityCode";
    static final String DECISION_ID = "decisionId";
    static final String TYPE = "decisionType";
    static final String TITLE = "decisionTitle";
    static final String DESCRIPTION = "decisionDescription";
    static final String MANDATE = "mandate";
    static final String RESOURCES_SEK = "resourcesSek";
    static final String RESOURCES_HOURS = "resourcesHours";
    static final String FOLLOW_UP_DATE = "followUpDate";
    static final String SUPPORTING_DOCUMENTS = "supportingDocuments";
    static final String PROPOSER = "proposer";
    /** The proposer's name as Tasklist shows it, beside the user id that four eyes compares. */
    static final String PROPOSER_NAME = "proposerName";
    /** Why the routing chose the decider: the county's limits, the proposal's amounts and four eyes, in Swedish. */
    static final String DECIDER_REASON = "deciderReason";
    /** The message that starts decisionOutcome, the proposer's notice of the verdict. */
    static final String OUTCOME_MESSAGE = "decisionMade";

    static final String OUTCOME_TEXT = "decisionOutcomeText";
    static final String DECIDER_NAME = "deciderName";

    static final String ROUTING = "routing";
    static final String DECIDER_ROLE = "deciderRole";
    static final String DECIDER_GROUP = "deciderGroup";
    static final String VERDICT = "verdict";
    static final String VERDICT_COMMENT = "verdictComment";
    static final String DECIDED_BY = "decidedBy";
    static final String OUTCOME = "decisionOutcome";
    static final String COMMENT = "decisionComment";
    static final String FOLLOW_UP_AT = "followUpAt";
    static final String MANDATE_USED = "mandateUsed";
    static final String SPENT_SEK = "spentSek";
    static final String SPENT_HOURS = "spentHours";
    static final String EFFECT = "effect";

    private DecisionVariables() {}
}
