package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.team.TeamMembers;

/** The demo county's users work for the municipalities their names say, in the role their names say. */
class DemoUsersTest extends DemoCountyTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    TeamMembers teamMembers;

    @Test
    void everyMunicipalityUserWorksForThatMunicipalityOnly() {
        for (String code : List.of("2417", "2422", "2462", "2463")) {
            for (String prefix : List.of("coordinator", "manager", "team", "police")) {
                String user = prefix + "-" + code;
                assertThat(tenantsOf(user)).as(user).containsExactly(code);
            }
        }
    }

    @Test
    void theCountyOfficerWorksForAllFourMunicipalities() {
        assertThat(tenantsOf("county-24")).containsExactlyInAnyOrder("2417", "2422", "2462", "2463");
        assertThat(groupsOf("county-24")).containsExactly("county-officer");
    }

    @Test
    void eachUserHasTheGroupOfTheirRole() {
        assertThat(groupsOf("coordinator-2417")).containsExactly("coordinator");
        assertThat(groupsOf("manager-2422")).containsExactly("manager");
        assertThat(groupsOf("team-2462")).containsExactly("team-member");
        assertThat(groupsOf("police-2463")).containsExactly("police");
        assertThat(groupsOf("admin")).containsExactly("camunda-admin");
    }

    @Test
    void theCoordinatorTheTeamMemberAndThePoliceSitInTheirMunicipalitysTeam() {
        for (String code : List.of("2417", "2422", "2462", "2463")) {
            var team = teamMembers.team(code).members();
            assertThat(team)
                    .extracting(TeamMember::id)
                    .containsExactlyInAnyOrder("coordinator-" + code, "team-" + code, "police-" + code);
            for (String user : List.of("coordinator-" + code, "team-" + code, "police-" + code)) {
                assertThat(teamMembers.active(code, user, EngineClock.today()))
                        .as(user + " is an active member, so a departure of theirs is accepted")
                        .isPresent();
            }
        }
        assertThat(teamMembers.team("2417").members())
                .filteredOn(member -> member.id().equals("police-2417"))
                .extracting(TeamMember::role, TeamMember::department)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TeamRole.POLICE, Department.POLICE));
    }

    @Test
    void tenantsAreNamedAfterTheMunicipalities() {
        assertThat(identityService.createTenantQuery().list())
                .extracting(tenant -> tenant.getId() + " " + tenant.getName())
                .containsExactlyInAnyOrder("2417 Norsjö", "2422 Sorsele", "2462 Vilhelmina", "2463 Åsele");
    }

    private List<String> tenantsOf(String user) {
        return identityService.createTenantQuery().userMember(user).list().stream()
                .map(Tenant::getId)
                .toList();
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream()
                .map(group -> group.getId())
                .toList();
    }
}
