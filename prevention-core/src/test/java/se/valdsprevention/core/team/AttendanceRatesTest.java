package se.valdsprevention.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.team.AttendanceRates.Tally;

class AttendanceRatesTest {

    /** Joins the school side of the team in April 2024, after the first check-in, while Erik leaves in June. */
    private static final TeamMember OLOF = new TeamMember(
            "olof", "Olof Ström", TeamRole.TEAM_MEMBER, Department.SCHOOL, null, LocalDate.of(2024, 4, 1), null);

    private static final Team TEAM = new Team(
            CountyFixtures.NORSJO,
            List.of(
                    TeamFixtures.coordinator(),
                    TeamFixtures.schoolMember(),
                    TeamFixtures.police(),
                    TeamFixtures.substituteForAnna(),
                    OLOF));

    private static Attendance present(String memberId) {
        return new Attendance(memberId, AttendanceStatus.PRESENT, null);
    }

    private static Attendance absent(String memberId) {
        return new Attendance(memberId, AttendanceStatus.ABSENT, null);
    }

    private static Attendance substitute(String memberId) {
        return new Attendance(memberId, AttendanceStatus.SUBSTITUTE, "Per Nord");
    }

    private static Meeting checkIn(String municipalityCode, LocalDate date, Attendance... attendance) {
        return new Meeting(
                municipalityCode + "-" + date, municipalityCode, date, List.of(), List.of(attendance), null, List.of());
    }

    private static Meeting norsjo(LocalDate date, Attendance... attendance) {
        return checkIn(CountyFixtures.NORSJO, date, attendance);
    }

    /** Five monthly check-ins, March to July 2024, given newest first. */
    private static List<Meeting> spring2024() {
        return List.of(
                norsjo(LocalDate.of(2024, 7, 10), present("anna"), present("lena"), present("olof"), present("erik")),
                norsjo(
                        LocalDate.of(2024, 6, 10),
                        absent("anna"),
                        present("erik"),
                        present("lena"),
                        present("maria"),
                        present("olof")),
                norsjo(LocalDate.of(2024, 5, 10), present("anna"), present("erik"), substitute("lena"), absent("olof")),
                norsjo(LocalDate.of(2024, 4, 10), present("anna"), absent("erik"), present("lena"), present("olof")),
                norsjo(
                        LocalDate.of(2024, 3, 10),
                        present("anna"),
                        present("erik"),
                        substitute("lena"),
                        absent("maria"),
                        present("olof")));
    }

    @Test
    void expectsMembersOnlyAtCheckInsWhileTheyWereActive() {
        var rates = AttendanceRates.of(TEAM, spring2024(), 5);

        assertThat(rates.byMember().get("anna")).isEqualTo(new Tally(5, 4, 0));
        assertThat(rates.byMember().get("erik"))
                .as("left at the end of June: the July check-in, where he is listed present, does not count")
                .isEqualTo(new Tally(4, 3, 0));
        assertThat(rates.byMember().get("olof"))
                .as("joined in April: the March check-in, where he is listed present, does not count")
                .isEqualTo(new Tally(4, 3, 0));
        assertThat(rates.byMember().get("anna").rate()).contains(new BigDecimal("0.80"));
        assertThat(rates.byMember().get("erik").rate()).contains(new BigDecimal("0.75"));
    }

    @Test
    void countsSubstitutesApartFromAttendance() {
        var lena = AttendanceRates.of(TEAM, spring2024(), 5).byMember().get("lena");

        assertThat(lena.attended()).isEqualTo(3);
        assertThat(lena.substituted()).isEqualTo(2);
        assertThat(lena.absent()).isZero();
        assertThat(lena.rate()).contains(new BigDecimal("0.60"));
    }

    @Test
    void countsAMemberMarkedAbsentOrNotListedAsAbsent() {
        var maria = AttendanceRates.of(TEAM, spring2024(), 5).byMember().get("maria");

        assertThat(maria).isEqualTo(new Tally(5, 1, 0));
        assertThat(maria.absent()).isEqualTo(4);
        assertThat(maria.rate()).contains(new BigDecimal("0.20"));
    }

    @Test
    void countsOnlyTheNewestCheckInsWhateverTheirOrder() {
        var rates = AttendanceRates.of(TEAM, spring2024(), 2);

        assertThat(rates.meetingIds()).containsExactly("2417-2024-06-10", "2417-2024-07-10");
        assertThat(rates.byMember().get("anna")).isEqualTo(new Tally(2, 1, 0));
        assertThat(rates.byMember().get("erik")).isEqualTo(new Tally(1, 1, 0));
    }

    @Test
    void countsEveryCheckInWhenThereAreFewerThanN() {
        var rates = AttendanceRates.of(TEAM, spring2024(), 12);

        assertThat(rates.lastN()).isEqualTo(12);
        assertThat(rates.meetingIds()).hasSize(5).first().isEqualTo("2417-2024-03-10");
    }

    @Test
    void ignoresCheckInsOfAnotherMunicipality() {
        var meetings = new ArrayList<>(spring2024());
        meetings.add(checkIn("2422", LocalDate.of(2024, 8, 20), present("anna"), present("maria")));

        var rates = AttendanceRates.of(TEAM, meetings, 1);

        assertThat(rates.meetingIds()).containsExactly("2417-2024-07-10");
        assertThat(rates.byMember().get("maria")).isEqualTo(new Tally(1, 0, 0));
    }

    @Test
    void refusesToCountZeroCheckIns() {
        assertRefused(() -> AttendanceRates.of(TEAM, spring2024(), 0), "lastN", "måste vara minst 1");
    }

    @Test
    void ignoresAnAttendeeWhoIsNotInTheTeam() {
        var meetings = List.of(norsjo(LocalDate.of(2024, 3, 10), present("anna"), present("okand")));

        var rates = AttendanceRates.of(TEAM, meetings, 3);

        assertThat(rates.byMember()).containsOnlyKeys("anna", "erik", "lena", "maria", "olof");
        assertThat(rates.byMember().get("anna")).isEqualTo(new Tally(1, 1, 0));
    }

    @Test
    void sumsTheMembersOfEachDepartment() {
        var byDepartment = AttendanceRates.of(TEAM, spring2024(), 5).byDepartment();

        assertThat(byDepartment.get(Department.SOCIAL_SERVICES))
                .as("Anna and her substitute Maria")
                .isEqualTo(new Tally(10, 5, 0));
        assertThat(byDepartment.get(Department.SCHOOL)).as("Erik and Olof").isEqualTo(new Tally(8, 6, 0));
        assertThat(byDepartment.get(Department.POLICE)).isEqualTo(new Tally(5, 3, 2));
        assertThat(byDepartment.get(Department.SOCIAL_SERVICES).rate()).contains(new BigDecimal("0.50"));
    }

    @Test
    void ordersMembersByIdAndDepartmentsInEnumOrder() {
        var rates = AttendanceRates.of(TEAM, spring2024(), 5);

        assertThat(rates.byMember().keySet()).containsExactly("anna", "erik", "lena", "maria", "olof");
        assertThat(rates.byDepartment().keySet())
                .containsExactly(Department.SOCIAL_SERVICES, Department.SCHOOL, Department.POLICE);
        assertThatThrownBy(() -> rates.byMember().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rates.byDepartment().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givesNoRateToAMemberWhoWasNeverExpected() {
        var karin = new TeamMember(
                "karin",
                "Karin Sjö",
                TeamRole.TEAM_MEMBER,
                Department.HR_EMPLOYER,
                null,
                LocalDate.of(2025, 1, 1),
                null);
        var team = new Team(CountyFixtures.NORSJO, List.of(TeamFixtures.coordinator(), karin));

        var rates = AttendanceRates.of(team, spring2024(), 5);

        assertThat(rates.byMember().get("karin")).isEqualTo(new Tally(0, 0, 0));
        assertThat(rates.byMember().get("karin").rate()).isEmpty();
        assertThat(rates.byDepartment().get(Department.HR_EMPLOYER).rate()).isEmpty();
    }

    @Test
    void givesNoRateWhenThereAreNoCheckIns() {
        var rates = AttendanceRates.of(TEAM, List.of(), 3);

        assertThat(rates.meetingIds()).isEmpty();
        assertThat(rates.byMember().values())
                .allSatisfy(tally -> assertThat(tally.rate()).isEmpty());
    }

    @Test
    void roundsTheRateToTwoDecimals() {
        assertThat(new Tally(3, 2, 0).rate()).contains(new BigDecimal("0.67"));
        assertThat(new Tally(3, 3, 0).rate()).contains(new BigDecimal("1.00"));
    }

    @Test
    void refusesATallyWithMoreAttendedThanExpected() {
        assertRefused(() -> new Tally(2, 2, 1), "attended", "får inte vara fler än förväntade");
        assertRefused(() -> new Tally(-1, 0, 0), "expected", "får inte vara negativt");
    }
}
