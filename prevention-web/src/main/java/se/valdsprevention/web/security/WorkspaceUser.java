package se.valdsprevention.web.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.workflows.identity.Role;

/**
 * The logged-in user as the workspace sees them, read from Camunda's identity service on every request:
 * the groups (roles) and tenants (municipalities) that also decide what they see in Tasklist.
 *
 * <p>Rights: coordinators and team members edit their municipalities' documents; managers read them;
 * the police read them and contribute their figures; county officers read every municipality of the
 * county, curate the method bank and fetch the county's statistics; administrators ({@code camunda-admin})
 * may do everything.
 */
public record WorkspaceUser(String id, String displayName, Set<String> groupIds, List<String> municipalityCodes) {

    public WorkspaceUser {
        groupIds = Set.copyOf(groupIds);
        municipalityCodes = List.copyOf(municipalityCodes);
    }

    public boolean administrator() {
        return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }

    public boolean has(Role role) {
        return groupIds.contains(role.groupId());
    }

    /** Whether the user may see the municipality's documents. */
    public boolean mayRead(String municipalityCode) {
        return municipalityCodes.contains(municipalityCode);
    }

    /** Whether the user may write the municipality's documents: its coordinator or a member of its team. */
    public boolean mayEdit(String municipalityCode) {
        return mayRead(municipalityCode) && (administrator() || has(Role.COORDINATOR) || has(Role.TEAM_MEMBER));
    }

    /** Whether the user may enter the police's figures in the municipality's situation picture. */
    public boolean mayContributePoliceFigures(String municipalityCode) {
        return mayRead(municipalityCode) && (administrator() || has(Role.POLICE));
    }

    /** Whether the user may add and change methods in the county's method bank. */
    public boolean mayCurateMethods() {
        return administrator() || has(Role.COUNTY_OFFICER);
    }

    /** Whether the user may fetch and follow the county's statistics from Kolada for all its municipalities. */
    public boolean mayFetchCountyStatistics() {
        return administrator() || has(Role.COUNTY_OFFICER);
    }

    /** Whether the user may follow all the county's municipalities they work for in the county overview. */
    public boolean mayFollowCounty() {
        return administrator() || has(Role.COUNTY_OFFICER);
    }

    /**
     * @throws PageNotFound for a municipality the user does not work for: its existence is not revealed
     */
    public void requireRead(String municipalityCode) {
        if (!mayRead(municipalityCode)) {
            throw PageNotFound.municipality(municipalityCode);
        }
    }

    /**
     * @throws PageNotFound for a municipality the user does not work for
     * @throws PageForbidden for one they may only read
     */
    public void requireEdit(String municipalityCode) {
        requireRead(municipalityCode);
        if (!mayEdit(municipalityCode)) {
            throw new PageForbidden(
                    "Du kan läsa kommunens dokument men inte ändra dem. Samordnaren och kommunteamet skriver dem.");
        }
    }

    /** The user's roles as users read them, for example "Samordnare". */
    public List<String> roleLabels() {
        return java.util.Arrays.stream(Role.values())
                .filter(this::has)
                .map(Role::label)
                .toList();
    }
}
