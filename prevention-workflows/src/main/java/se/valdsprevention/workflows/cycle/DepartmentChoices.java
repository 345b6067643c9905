package se.valdsprevention.workflows.cycle;

import java.util.Set;

/** The department codes a form may offer. */
final class DepartmentChoices {

    static final Set<String> CODES = Set.of(
            "SOCIAL_SERVICES",
            "SCHOOL",
            "PRESCHOOL",
            "LEISURE_CULTURE",
            "ELDERLY_CARE",
            "DISABILITY_SUPPORT",
            "HR_EMPLOYER",
            "COMMUNITY_PLANNING",
            "RESCUE_SERVICES",
            "HEALTHCARE",
            "POLICE",
            "CIVIL_SOCIETY",
            "BUSINESS");

    private DepartmentChoices() {}
}
