package se.valdsprevention.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.county.Department;

class TeamRepresentationTest {

    private final Agreement agreement = CountyFixtures.norsjoAgreement();

    @Test
    void coversEveryRequiredDepartmentWhileAllMembersAreActive() {
        var representation = TeamFixtures.norsjoTeam().representation(agreement, LocalDate.of(2024, 3, 1));

        assertThat(representation.missing()).isEmpty();
        assertThat(representation.fullyRepresented()).isTrue();
    }

    @Test
    void missesTheDepartmentOfAMemberWhoLeft() {
        var representation = TeamFixtures.norsjoTeam().representation(agreement, LocalDate.of(2024, 9, 1));

        assertThat(representation.missing()).containsExactly(Department.SCHOOL);
        assertThat(representation.represented()).containsExactly(Department.SOCIAL_SERVICES, Department.POLICE);
        assertThat(representation.fullyRepresented()).isFalse();
    }

    @Test
    void missesEveryRequiredDepartmentBeforeAnyoneStarted() {
        var representation = TeamFixtures.norsjoTeam().representation(agreement, LocalDate.of(2023, 12, 31));

        assertThat(representation.missing())
                .isEqualTo(EnumSet.of(Department.SOCIAL_SERVICES, Department.SCHOOL, Department.POLICE));
    }

    @Test
    void refusesTheAgreementOfAnotherMunicipality() {
        var sorsele = new Team("2422", List.of());

        assertThatThrownBy(() -> sorsele.representation(agreement, LocalDate.of(2024, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2422")
                .hasMessageContaining("2417");
    }
}
