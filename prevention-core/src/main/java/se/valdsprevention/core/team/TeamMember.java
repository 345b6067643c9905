package se.valdsprevention.core.team;

import java.time.LocalDate;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.validation.Violations;

/**
 * A member of a municipal team, representing one department from {@code activeFrom} until {@code activeTo}
 * (inclusive; open-ended when null). A substitute (ersättare) names the member they stand in for.
 */
public record TeamMember(
        String id,
        String name,
        TeamRole role,
        Department department,
        String substituteFor,
        LocalDate activeFrom,
        LocalDate activeTo) {

    public TeamMember {
        substituteFor = Violations.blankToNull(substituteFor);
        var v = new Violations();
        v.requireId(id, "id");
        v.requireText(name, "name", Violations.NAME_MAX);
        v.requireNonNull(role, "role");
        v.requireNonNull(department, "department");
        if (substituteFor != null) {
            v.require(!substituteFor.equals(id), "substituteFor", "får inte hänvisa till medlemmen själv");
        }
        v.requireNonNull(activeFrom, "activeFrom");
        if (activeTo != null && activeFrom != null) {
            v.require(!activeTo.isBefore(activeFrom), "activeTo", "får inte ligga före startdatumet " + activeFrom);
        }
        v.throwIfAny();
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(activeFrom) && (activeTo == null || !date.isAfter(activeTo));
    }

    public boolean substitute() {
        return substituteFor != null;
    }
}
