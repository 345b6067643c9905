package se.valdsprevention.core.meeting;

import java.time.LocalDate;
import se.valdsprevention.core.validation.Violations;

/** An action (hemuppgift) agreed at a meeting: what, who in the team, by when, and whether it is done. */
public record MeetingAction(
        String id, String description, String assigneeMemberId, LocalDate dueDate, ActionStatus status) {

    public MeetingAction {
        var v = new Violations();
        v.requireId(id, "id");
        v.requireText(description, "description", Violations.TEXT_MAX);
        v.requireId(assigneeMemberId, "assigneeMemberId");
        v.requireNonNull(dueDate, "dueDate");
        v.requireNonNull(status, "status");
        v.throwIfAny();
    }

    /** Whether the action is still open after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    public MeetingAction complete() {
        return moveTo(ActionStatus.DONE);
    }

    public MeetingAction cancel() {
        return moveTo(ActionStatus.CANCELLED);
    }

    private MeetingAction moveTo(ActionStatus next) {
        if (status != ActionStatus.OPEN) {
            throw new IllegalStateException(
                    "Åtgärden " + id + " är " + status.label() + "; bara en öppen åtgärd kan bli " + next.label());
        }
        return new MeetingAction(id, description, assigneeMemberId, dueDate, next);
    }
}
