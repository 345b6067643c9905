package se.valdsprevention.core.team;

/** What a person does in the work; {@link #group()} is the matching functional group in the process engine. */
public enum TeamRole {
    COORDINATOR("samordnare", "coordinator"),
    TEAM_MEMBER("teammedlem", "team-member"),
    MANAGER("chef", "manager"),
    POLICE("kommunpolis", "police"),
    PROCESS_LEADER("processledare", "process-leader");

    private final String label;
    private final String group;

    TeamRole(String label, String group) {
        this.label = label;
        this.group = group;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }

    /** The functional group id, for example {@code team-member}. */
    public String group() {
        return group;
    }
}
