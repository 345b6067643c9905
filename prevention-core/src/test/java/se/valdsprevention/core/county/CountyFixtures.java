package se.valdsprevention.core.county;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Västerbotten (24) with the four municipalities of the seed, and Norsjö's agreement. */
public final class CountyFixtures {

    public static final String NORSJO = "2417";

    private CountyFixtures() {}

    public static Municipality norsjo() {
        return new Municipality(NORSJO, "Norsjö", 1_950, 2_100);
    }

    public static County vasterbotten() {
        return new County(
                "24",
                "Västerbottens län",
                List.of(
                        norsjo(),
                        new Municipality("2422", "Sorsele", 1_150, 1_300),
                        new Municipality("2462", "Vilhelmina", 3_200, 3_500),
                        new Municipality("2463", "Åsele", 1_350, 1_450)));
    }

    public static Agreement norsjoAgreement() {
        return new Agreement(
                "24",
                NORSJO,
                EnumSet.of(Department.SOCIAL_SERVICES, Department.SCHOOL, Department.POLICE),
                "Kommunen deltar i månadsavstämningar och utser en samordnare på minst 20 procent.",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31));
    }
}
