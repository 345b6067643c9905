package se.valdsprevention.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class MeetingTest {

    private final Meeting meeting = MeetingFixtures.checkIn();

    @Test
    void listsOpenActionsPastTheirDueDate() {
        assertThat(meeting.overdueActions(LocalDate.of(2025, 4, 9))).isEmpty();
        assertThat(meeting.overdueActions(LocalDate.of(2025, 4, 10)))
                .extracting(MeetingAction::id)
                .containsExactly("collect-school-survey");
    }

    @Test
    void completesAnAction() {
        var after = meeting.completeAction("collect-school-survey");

        assertThat(after.actions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(after.overdueActions(LocalDate.of(2025, 5, 1))).isEmpty();
    }

    @Test
    void refusesToChangeAnUnknownAction() {
        assertThatThrownBy(() -> meeting.cancelAction("nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingen åtgärd med id nothing");
    }

    @Test
    void refusesAMemberAttendingTwice() {
        assertRefused(
                () -> new Meeting(
                        "m1",
                        "2417",
                        MeetingFixtures.MEETING_DAY,
                        List.of(),
                        List.of(
                                new Attendance("anna", AttendanceStatus.PRESENT, null),
                                new Attendance("anna", AttendanceStatus.ABSENT, null)),
                        null,
                        List.of()),
                "attendance[1].memberId",
                "närvaron för medlemmen 'anna' förekommer redan");
    }

    @Test
    void refusesABlankAgendaItem() {
        assertRefused(
                () -> new Meeting(
                        "m1",
                        "2417",
                        MeetingFixtures.MEETING_DAY,
                        List.of("Lägesbild", " "),
                        List.of(),
                        null,
                        List.of()),
                "agenda[1]",
                "måste fyllas i");
    }

    @Test
    void refusesAMeetingWithoutDate() {
        assertRefused(
                () -> new Meeting("m1", "2417", null, List.of(), List.of(), null, List.of()), "date", "måste fyllas i");
    }

    @Test
    void refusesASubstituteWithoutName() {
        assertRefused(
                () -> new Attendance("lena", AttendanceStatus.SUBSTITUTE, " "), "substituteName", "måste fyllas i");
    }

    @Test
    void refusesASubstituteNameForAPresentMember() {
        assertRefused(
                () -> new Attendance("lena", AttendanceStatus.PRESENT, "Per Nord"),
                "substituteName",
                "måste vara tomt om ingen ersättare deltog");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Meeting(null, null, null, null, null, null, null)))
                .containsExactly("id", "municipalityCode", "date");
    }

    @Test
    void reportsEveryMissingFieldOfAttendance() {
        assertThat(Refusals.paths(() -> new Attendance(null, null, null))).containsExactly("memberId", "status");
    }

    @Test
    void refusesTwoActionsWithTheSameId() {
        var homework = MeetingFixtures.homework();

        assertRefused(
                () -> new Meeting(
                        "m1",
                        "2417",
                        MeetingFixtures.MEETING_DAY,
                        List.of(),
                        List.of(),
                        null,
                        List.of(homework, homework)),
                "actions[1].id",
                "åtgärds-id 'collect-school-survey' förekommer redan");
    }

    @Test
    void refusesNotesLongerThanTenThousandCharacters() {
        assertRefused(
                () -> new Meeting(
                        "m1", "2417", MeetingFixtures.MEETING_DAY, List.of(), List.of(), "x".repeat(10_001), List.of()),
                "notes",
                "högst 10000 tecken");
    }
}
