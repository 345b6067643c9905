package se.valdsprevention.workflows.identity;

import java.util.Arrays;
import java.util.Optional;

/** The functional roles of the prevention work. Each is a Camunda group; candidate groups on tasks name them. */
public enum Role {
    COORDINATOR(
            "coordinator", "Samordnare", "Driver arbetet i kommunen och slutför de flesta uppgifterna i processen."),
    TEAM_MEMBER("team-member", "Kommunteam", "Representerar sin verksamhet i kommunens team."),
    MANAGER("manager", "Kommunchef", "Fattar beslut inom kommunchefens beloppsgränser."),
    BOARD_CHAIR(
            "board-chair",
            "Kommunstyrelsens ordförande",
            "Fattar beslut över kommunchefens beloppsgränser och registrerar kommunstyrelsens beslut."),
    COUNTY_OFFICER("county-officer", "Länsstyrelsen", "Processtöd från länsstyrelsen till länets alla kommuner."),
    POLICE("police", "Kommunpolis", "Bidrar med polisens statistik och lägesbild.");

    /** The Camunda group type of role groups. */
    public static final String GROUP_TYPE = "WORKFLOW";

    private final String groupId;
    private final String label;
    private final String description;

    Role(String groupId, String label, String description) {
        this.groupId = groupId;
        this.label = label;
        this.description = description;
    }

    public String groupId() {
        return groupId;
    }

    /** The role's Swedish name as users see it. */
    public String label() {
        return label;
    }

    /** What the role does, in Swedish. */
    public String description() {
        return description;
    }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values())
                .filter(role -> role.groupId.equals(groupId))
                .findFirst();
    }
}
