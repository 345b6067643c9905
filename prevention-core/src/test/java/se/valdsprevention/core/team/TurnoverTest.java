package se.valdsprevention.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.county.Department;

class TurnoverTest {

    private static final LocalDate FROM = LocalDate.of(2024, 2, 1);
    private static final LocalDate TO = LocalDate.of(2024, 7, 31);

    private static TeamMember member(String id, Department department, LocalDate activeFrom, LocalDate activeTo) {
        return new TeamMember(id, id, TeamRole.TEAM_MEMBER, department, null, activeFrom, activeTo);
    }

    /**
     * Norsjö's team (Anna, Erik who leaves in June, Lena, Maria) plus Olof who joins in April, Sara who comes and
     * goes inside the period, Gustav who left before it and Karin who joins after it.
     */
    private static Team team() {
        return new Team(
                CountyFixtures.NORSJO,
                List.of(
                        TeamFixtures.coordinator(),
                        TeamFixtures.schoolMember(),
                        TeamFixtures.police(),
                        TeamFixtures.substituteForAnna(),
                        member("olof", Department.SCHOOL, LocalDate.of(2024, 4, 1), null),
                        member("sara", Department.LEISURE_CULTURE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31)),
                        member(
                                "gustav",
                                Department.LEISURE_CULTURE,
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2023, 12, 31)),
                        member("karin", Department.HR_EMPLOYER, LocalDate.of(2025, 2, 1), null)));
    }

    @Test
    void listsWhoJoinedAndWhoLeftInsideThePeriodOnly() {
        var turnover = Turnover.of(team(), FROM, TO);

        assertThat(turnover.joined()).extracting(TeamMember::id).containsExactly("sara", "olof");
        assertThat(turnover.left()).extracting(TeamMember::id).containsExactly("sara", "erik");
    }

    @Test
    void averagesTheHeadcountAtTheStartAndTheEnd() {
        var turnover = Turnover.of(team(), FROM, TO);

        assertThat(turnover.averageHeadcount())
                .as("Anna, Erik, Lena, Maria on the first day; Anna, Lena, Maria, Olof on the last")
                .isEqualTo(new BigDecimal("4.0"));
        assertThat(turnover.rate()).contains(new BigDecimal("0.50"));
    }

    @Test
    void keepsHalfAPersonInTheAverage() {
        var turnover = Turnover.of(team(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1));

        assertThat(turnover.averageHeadcount())
                .as("nobody on 1 January; Anna, Erik, Lena, Maria and Olof on 1 June")
                .isEqualTo(new BigDecimal("2.5"));
        assertThat(turnover.left()).extracting(TeamMember::id).containsExactly("sara");
        assertThat(turnover.rate()).contains(new BigDecimal("0.40"));
    }

    @Test
    void roundsTheRateToTwoDecimals() {
        var turnover = Turnover.of(team(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 7, 1));

        assertThat(turnover.averageHeadcount())
                .as("five on 1 March, four on 1 July")
                .isEqualTo(new BigDecimal("4.5"));
        assertThat(turnover.rate()).as("Sara and Erik of 4.5").contains(new BigDecimal("0.44"));
    }

    @Test
    void countsJoiningOnTheFirstDayAndLeavingOnTheLastDay() {
        var turnover = Turnover.of(team(), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));

        assertThat(turnover.joined()).extracting(TeamMember::id).containsExactly("olof");
        assertThat(turnover.left()).extracting(TeamMember::id).containsExactly("sara", "erik");
    }

    @Test
    void countsWhoLeftPerDepartment() {
        var turnover = Turnover.of(team(), FROM, TO);

        assertThat(turnover.leftByDepartment())
                .containsExactly(entry(Department.SCHOOL, 1), entry(Department.LEISURE_CULTURE, 1));
    }

    @Test
    void givesNoRateWhenNobodyWasActiveAtEitherEnd() {
        var empty = Turnover.of(new Team("2422", List.of()), FROM, TO);
        var inAndOut = new Team(
                CountyFixtures.NORSJO,
                List.of(member(
                        "sara", Department.LEISURE_CULTURE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31))));

        assertThat(empty.averageHeadcount()).isEqualTo(new BigDecimal("0.0"));
        assertThat(empty.rate()).isEmpty();
        assertThat(Turnover.of(inAndOut, FROM, TO).left()).hasSize(1);
        assertThat(Turnover.of(inAndOut, FROM, TO).rate()).isEmpty();
    }

    @Test
    void acceptsAPeriodOfOneDay() {
        var turnover = Turnover.of(team(), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30));

        assertThat(turnover.left()).extracting(TeamMember::id).containsExactly("erik");
        assertThat(turnover.averageHeadcount()).isEqualTo(new BigDecimal("5.0"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertRefused(() -> Turnover.of(team(), TO, FROM), "to", "får inte ligga före startdatumet " + TO);
    }

    @Test
    void refusesAMissingPeriod() {
        var refusal = assertRefused(() -> Turnover.of(team(), null, TO), "from", "måste fyllas i");
        assertThat(refusal.violations()).extracting("path").containsExactly("from");
    }
}
