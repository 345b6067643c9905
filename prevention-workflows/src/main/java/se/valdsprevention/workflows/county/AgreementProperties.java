package se.valdsprevention.workflows.county;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import se.valdsprevention.core.county.Department;

/**
 * The county's agreement with its municipalities ({@code prevention.county.agreement.*}): which
 * departments every municipal team must include, and what taking part means.
 */
public class AgreementProperties {

    /** Departments every municipal team must represent. */
    @NotEmpty(message = "must list at least one department")
    private Set<Department> requiredDepartments = EnumSet.of(
            Department.SOCIAL_SERVICES,
            Department.SCHOOL,
            Department.LEISURE_CULTURE,
            Department.ELDERLY_CARE,
            Department.POLICE);

    /** What the municipality commits to, in Swedish, as shown to its team. */
    @NotBlank(message = "must describe what taking part means")
    @Size(max = 10000, message = "must be at most 10000 characters")
    private String participationDuties =
            "Kommunen deltar med ett team från de verksamheter som krävs, i månadsavstämningarna och i länets utbildningar.";

    public Set<Department> getRequiredDepartments() {
        return requiredDepartments;
    }

    public void setRequiredDepartments(Set<Department> requiredDepartments) {
        this.requiredDepartments = requiredDepartments;
    }

    public String getParticipationDuties() {
        return participationDuties;
    }

    public void setParticipationDuties(String participationDuties) {
        this.participationDuties = participationDuties;
    }
}
