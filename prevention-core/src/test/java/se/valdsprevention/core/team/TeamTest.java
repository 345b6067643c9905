package se.valdsprevention.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.county.Department;

class TeamTest {

    @Test
    void listsOnlyMembersActiveOnADate() {
        var team = TeamFixtures.norsjoTeam();

        assertThat(team.activeMembers(LocalDate.of(2024, 9, 1)))
                .extracting(TeamMember::id)
                .containsExactly("anna", "lena", "maria");
    }

    @Test
    void refusesASubstituteForSomeoneOutsideTheTeam() {
        var stranger = new TeamMember(
                "olof", "Olof Ström", TeamRole.TEAM_MEMBER, Department.SCHOOL, "nobody", TeamFixtures.START, null);

        assertRefused(
                () -> new Team("2417", List.of(TeamFixtures.coordinator(), stranger)),
                "members[1].substituteFor",
                "ingen medlem med id 'nobody'");
    }

    @Test
    void refusesTwoMembersWithTheSameId() {
        assertRefused(
                () -> new Team("2417", List.of(TeamFixtures.coordinator(), TeamFixtures.coordinator())),
                "members[1].id",
                "medlems-id 'anna' förekommer redan");
    }

    @Test
    void refusesACountyCodeAsMunicipality() {
        assertRefused(() -> new Team("24", List.of()), "municipalityCode", "fyrsiffrig kommunkod");
    }

    @Test
    void findsAMemberById() {
        assertThat(TeamFixtures.norsjoTeam().member("maria"))
                .map(TeamMember::substituteFor)
                .contains("anna");
    }
}
