package se.valdsprevention.core.county;

/** A department (verksamhet) that a team member represents and an agreement can require. */
public enum Department {
    SOCIAL_SERVICES("socialtjänst"),
    SCHOOL("skola"),
    PRESCHOOL("förskola"),
    LEISURE_CULTURE("fritid/kultur"),
    ELDERLY_CARE("äldreomsorg"),
    DISABILITY_SUPPORT("funktionsstöd"),
    HR_EMPLOYER("HR/arbetsgivare"),
    URBAN_PLANNING("samhällsbyggnad"),
    RESCUE_SERVICES("räddningstjänst"),
    HEALTHCARE_REGION("hälso- och sjukvård (region)"),
    POLICE("polis"),
    CIVIL_SOCIETY("civilsamhälle"),
    BUSINESS("näringsliv");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
