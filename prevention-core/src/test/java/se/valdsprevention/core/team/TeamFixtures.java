package se.valdsprevention.core.team;

import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.county.Department;

/** Norsjö's team: a coordinator from social services, a school member who left, a police officer, a substitute. */
public final class TeamFixtures {

    public static final LocalDate START = LocalDate.of(2024, 1, 15);

    private TeamFixtures() {}

    public static TeamMember coordinator() {
        return new TeamMember("anna", "Anna Lind", TeamRole.COORDINATOR, Department.SOCIAL_SERVICES, null, START, null);
    }

    public static TeamMember schoolMember() {
        return new TeamMember(
                "erik", "Erik Berg", TeamRole.TEAM_MEMBER, Department.SCHOOL, null, START, LocalDate.of(2024, 6, 30));
    }

    public static TeamMember police() {
        return new TeamMember("lena", "Lena Ek", TeamRole.POLICE, Department.POLICE, null, START, null);
    }

    public static TeamMember substituteForAnna() {
        return new TeamMember(
                "maria", "Maria Holm", TeamRole.TEAM_MEMBER, Department.SOCIAL_SERVICES, "anna", START, null);
    }

    public static Team norsjoTeam() {
        return new Team(CountyFixtures.NORSJO, List.of(coordinator(), schoolMember(), police(), substituteForAnna()));
    }
}
