package se.valdsprevention.core.county;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.valdsprevention.core.validation.Violations;

/**
 * The county–municipality agreement (överenskommelse): which departments must be represented in the municipal
 * team, what taking part means, and the period it runs (end after start).
 */
public record Agreement(
        String countyCode,
        String municipalityCode,
        Set<Department> requiredDepartments,
        String participationDuties,
        LocalDate start,
        LocalDate end) {

    public Agreement {
        var v = new Violations();
        boolean county = AreaCodes.requireCountyCode(v, countyCode, "countyCode");
        boolean municipality = AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        if (county && municipality) {
            v.require(
                    AreaCodes.belongsTo(municipalityCode, countyCode),
                    "municipalityCode",
                    "måste höra till län " + countyCode);
        }
        requiredDepartments = departments(v, requiredDepartments);
        v.requireText(participationDuties, "participationDuties", Violations.TEXT_MAX);
        v.requireNonNull(start, "start");
        if (v.requireNonNull(end, "end") && start != null) {
            v.require(end.isAfter(start), "end", "måste ligga efter startdatumet " + start);
        }
        v.throwIfAny();
    }

    /** Whether the agreement runs on {@code date} (start and end inclusive). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    private static Set<Department> departments(Violations v, Set<Department> departments) {
        if (departments == null || departments.isEmpty()) {
            v.add("requiredDepartments", "måste ange minst en förvaltning");
            return Set.of();
        }
        if (departments.stream().anyMatch(Objects::isNull)) {
            v.add("requiredDepartments", "får inte innehålla tomma värden");
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(departments));
    }
}
