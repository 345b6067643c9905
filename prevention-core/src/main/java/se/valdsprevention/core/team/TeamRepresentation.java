package se.valdsprevention.core.team;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.Department;

/**
 * How well a team covers the departments its agreement requires on one date, counting only members active on
 * that date.
 */
public record TeamRepresentation(
        String municipalityCode,
        LocalDate date,
        Set<Department> required,
        Set<Department> represented,
        Set<Department> missing) {

    public TeamRepresentation {
        required = copy(required);
        represented = copy(represented);
        missing = copy(missing);
    }

    public static TeamRepresentation of(Team team, Agreement agreement, LocalDate date) {
        if (!team.municipalityCode().equals(agreement.municipalityCode())) {
            throw new IllegalArgumentException("Team of municipality " + team.municipalityCode()
                    + " cannot be checked against the agreement of municipality " + agreement.municipalityCode());
        }
        Set<Department> represented = team.activeMembers(date).stream()
                .map(TeamMember::department)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
        Set<Department> missing = EnumSet.noneOf(Department.class);
        missing.addAll(agreement.requiredDepartments());
        missing.removeAll(represented);
        return new TeamRepresentation(
                team.municipalityCode(), date, agreement.requiredDepartments(), represented, missing);
    }

    public boolean fullyRepresented() {
        return missing.isEmpty();
    }

    private static Set<Department> copy(Set<Department> departments) {
        var copy = EnumSet.noneOf(Department.class);
        if (departments != null) {
            copy.addAll(departments);
        }
        return Collections.unmodifiableSet(copy);
    }
}
