package se.valdsprevention.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.validation.Refusals;

class TeamMemberTest {

    @Test
    void isActiveFromItsStartUntilItsEndInclusive() {
        var erik = TeamFixtures.schoolMember();

        assertThat(erik.activeOn(TeamFixtures.START.minusDays(1))).isFalse();
        assertThat(erik.activeOn(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(erik.activeOn(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(TeamFixtures.coordinator().activeOn(LocalDate.of(2030, 1, 1)))
                .isTrue();
    }

    @Test
    void refusesToSubstituteForItself() {
        assertRefused(
                () -> new TeamMember(
                        "anna", "Anna Lind", TeamRole.COORDINATOR, Department.SCHOOL, "anna", TeamFixtures.START, null),
                "substituteFor",
                "får inte hänvisa till medlemmen själv");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertRefused(
                () -> new TeamMember(
                        "anna",
                        "Anna Lind",
                        TeamRole.COORDINATOR,
                        Department.SCHOOL,
                        null,
                        TeamFixtures.START,
                        TeamFixtures.START.minusDays(1)),
                "activeTo",
                "får inte ligga före startdatumet");
    }

    @Test
    void refusesAMemberWithoutRoleOrDepartment() {
        var refusal = assertRefused(
                () -> new TeamMember("anna", "Anna Lind", null, null, null, TeamFixtures.START, null),
                "role",
                "måste fyllas i");
        assertThat(refusal.violations()).extracting("path").contains("department");
    }

    @Test
    void namesTheEngineGroupOfEachRole() {
        assertThat(TeamRole.TEAM_MEMBER.group()).isEqualTo("team-member");
        assertThat(TeamRole.PROCESS_LEADER.group()).isEqualTo("process-leader");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new TeamMember(null, null, null, null, null, null, null)))
                .containsExactly("id", "name", "role", "department", "activeFrom");
    }
}
