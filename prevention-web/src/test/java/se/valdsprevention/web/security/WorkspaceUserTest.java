package se.valdsprevention.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.valdsprevention.web.PageNotFound;

/** The rights of each role in a municipality, and the answers to those without them. */
class WorkspaceUserTest {

    private static WorkspaceUser user(String group, String... municipalities) {
        return new WorkspaceUser("u", "U", Set.of(group), List.of(municipalities));
    }

    @Test
    void coordinatorsAndTeamMembersEditTheirOwnMunicipalityOnly() {
        for (String group : List.of("coordinator", "team-member")) {
            WorkspaceUser user = user(group, "2417");
            assertThat(user.mayEdit("2417")).as(group).isTrue();
            assertThat(user.mayRead("2422")).as(group).isFalse();
            assertThat(user.mayEdit("2422")).as(group).isFalse();
            assertThat(user.mayCurateMethods()).as(group).isFalse();
        }
    }

    @Test
    void managersPoliceAndCountyOfficersRead() {
        for (String group : List.of("manager", "police", "county-officer")) {
            WorkspaceUser user = user(group, "2417");
            assertThat(user.mayRead("2417")).as(group).isTrue();
            assertThat(user.mayEdit("2417")).as(group).isFalse();
        }
        assertThat(user("police", "2417").mayContributePoliceFigures("2417")).isTrue();
        assertThat(user("police", "2417").mayContributePoliceFigures("2422")).isFalse();
        assertThat(user("coordinator", "2417").mayContributePoliceFigures("2417"))
                .isFalse();
        assertThat(user("county-officer", "2417", "2422").mayCurateMethods()).isTrue();
    }

    @Test
    void anotherMunicipalityIsNotFoundAndReadingWithoutEditRightsIsForbidden() {
        assertThatThrownBy(() -> user("coordinator", "2417").requireRead("2422"))
                .isInstanceOf(PageNotFound.class)
                .hasMessageContaining("2422");
        assertThatThrownBy(() -> user("manager", "2417").requireEdit("2417"))
                .isInstanceOf(PageForbidden.class)
                .hasMessageContaining("inte ändra");
    }
}
