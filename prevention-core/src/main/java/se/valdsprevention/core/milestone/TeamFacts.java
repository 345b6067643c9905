package se.valdsprevention.core.milestone;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRepresentation;
import se.valdsprevention.core.validation.Violations;

/**
 * The team on one date: the departments its agreement requires (at least one), the departments its active members
 * represent, how many members are active and how many of them have done the basic training.
 */
public record TeamFacts(
        Set<Department> requiredDepartments,
        Set<Department> representedDepartments,
        int activeMembers,
        int membersWithBasicTraining) {

    public TeamFacts {
        var v = new Violations();
        if (requiredDepartments == null || requiredDepartments.isEmpty()) {
            v.add("requiredDepartments", "måste ange minst en verksamhet som överenskommelsen kräver");
        }
        v.require(
                requiredDepartments == null || requiredDepartments.stream().noneMatch(Objects::isNull),
                "requiredDepartments",
                "får inte innehålla tomma värden");
        v.require(
                representedDepartments == null
                        || representedDepartments.stream().noneMatch(Objects::isNull),
                "representedDepartments",
                "får inte innehålla tomma värden");
        v.requireNonNegative(activeMembers, "activeMembers");
        v.requireNonNegative(membersWithBasicTraining, "membersWithBasicTraining");
        v.require(
                membersWithBasicTraining <= activeMembers,
                "membersWithBasicTraining",
                "får inte vara fler än de aktiva medlemmarna (" + activeMembers + ")");
        int represented = representedDepartments == null ? 0 : representedDepartments.size();
        v.require(
                represented <= activeMembers,
                "representedDepartments",
                "kan inte vara fler (" + represented + ") än de aktiva medlemmarna (" + activeMembers + ")");
        v.require(
                activeMembers == 0 || represented > 0,
                "representedDepartments",
                "måste ange vilka verksamheter de " + activeMembers + " aktiva medlemmarna företräder");
        v.throwIfAny();
        requiredDepartments = copy(requiredDepartments);
        representedDepartments = copy(representedDepartments);
    }

    /**
     * The facts of {@code team} against {@code agreement} on {@code date}: only members active on that date count,
     * and a member has done the basic training when their id is among {@code trainedMemberIds}.
     */
    public static TeamFacts of(Team team, Agreement agreement, LocalDate date, Collection<String> trainedMemberIds) {
        Objects.requireNonNull(trainedMemberIds, "trainedMemberIds");
        var representation = TeamRepresentation.of(team, agreement, date);
        var active = team.activeMembers(date);
        int trained = (int) active.stream()
                .map(TeamMember::id)
                .filter(trainedMemberIds::contains)
                .count();
        return new TeamFacts(representation.required(), representation.represented(), active.size(), trained);
    }

    /** The required departments no active member represents, in enum order. */
    public Set<Department> missingDepartments() {
        var missing = EnumSet.noneOf(Department.class);
        missing.addAll(requiredDepartments);
        missing.removeAll(representedDepartments);
        return Collections.unmodifiableSet(missing);
    }

    private static Set<Department> copy(Set<Department> departments) {
        var copy = EnumSet.noneOf(Department.class);
        if (departments != null) {
            copy.addAll(departments);
        }
        return Collections.unmodifiableSet(copy);
    }
}
