package se.valdsprevention.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class MeetingActionTest {

    private final MeetingAction homework = MeetingFixtures.homework(); // due 2025-04-09

    @Test
    void isOverdueOnlyAfterItsDueDateWhileOpen() {
        assertThat(homework.isOverdue(LocalDate.of(2025, 4, 9))).isFalse();
        assertThat(homework.isOverdue(LocalDate.of(2025, 4, 10))).isTrue();
        assertThat(homework.complete().isOverdue(LocalDate.of(2025, 4, 10))).isFalse();
        assertThat(homework.cancel().isOverdue(LocalDate.of(2025, 4, 10))).isFalse();
    }

    @Test
    void refusesToCompleteADoneAction() {
        assertThatThrownBy(() -> homework.complete().complete())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Åtgärden collect-school-survey är klar; bara en öppen åtgärd kan bli klar");
    }

    @Test
    void refusesToCancelADoneAction() {
        assertThatThrownBy(() -> homework.complete().cancel()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnActionWithoutAssignee() {
        assertRefused(
                () -> new MeetingAction("a1", "Gör något.", null, LocalDate.of(2025, 4, 9), ActionStatus.OPEN),
                "assigneeMemberId",
                "måste fyllas i");
    }

    @Test
    void refusesAnActionWithoutDueDate() {
        assertRefused(
                () -> new MeetingAction("a1", "Gör något.", "erik", null, ActionStatus.OPEN),
                "dueDate",
                "måste fyllas i");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new MeetingAction(null, null, null, null, null)))
                .containsExactly("id", "description", "assigneeMemberId", "dueDate", "status");
    }
}
