package se.valdsprevention.workflows.team;

/** Names of the team processes' variables, shared by the models, their forms and delegates. */
final class TeamVariables {

    static final String MEMBER_NAME = "memberName";
    static final String MEMBER_ID = "memberId";
    static final String MEMBER_DEPARTMENT = "memberDepartment";
    static final String MEMBER_ROLE = "memberRole";
    static final String MEMBER_START_DATE = "memberStartDate";
    static final String SUBSTITUTE_FOR = "substituteFor";
    static final String CHECK_IN_AT = "checkInAt";
    static final String INTRODUCTION_PACKAGE = "introductionPackage";
    static final String REPLACES_DEPARTMENT_LABEL = "replacesDepartmentLabel";
    static final String LEAVING_MEMBER_ID = "leavingMemberId";
    static final String LAST_DAY = "lastDay";
    static final String GAP_DEPARTMENT = "gapDepartment";
    static final String GAP_DEPARTMENT_LABEL = "gapDepartmentLabel";
    static final String REPLACEMENT_NAME = "replacementName";
    static final String REPLACEMENT_ID = "replacementId";
    static final String REPLACEMENT_START_DATE = "replacementStartDate";

    /** How far back a start date may lie: a later registration is a new member, not a record of the past. */
    static final int MAX_DAYS_IN_THE_PAST = 30;

    private TeamVariables() {}
}
