package se.valdsprevention.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.validation.Violations;

/**
 * The actions agreed at check-ins that fell due in a period, and how many of them were still open after their due
 * date on {@code asOf}: the overdue-action rate the seed's county missed ("homework between meetings not followed
 * up").
 */
public record ActionFollowThrough(int due, int overdue) {

    public ActionFollowThrough {
        var v = new Violations();
        v.require(due >= 0, "due", "får inte vara negativt");
        v.require(overdue >= 0 && overdue <= due, "overdue", "måste vara mellan 0 och antalet förfallna åtgärder");
        v.throwIfAny();
    }

    /** The actions of these check-ins due from {@code from} to {@code to} (inclusive), judged on {@code asOf}. */
    public static ActionFollowThrough of(Collection<Meeting> meetings, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(meetings, "meetings");
        var v = new Violations();
        v.requireNonNull(from, "from");
        if (v.requireNonNull(to, "to") && from != null) {
            v.require(!to.isBefore(from), "to", "får inte ligga före " + from);
        }
        v.requireNonNull(asOf, "asOf");
        v.throwIfAny();
        int due = 0;
        int overdue = 0;
        for (Meeting meeting : meetings) {
            for (MeetingAction action : meeting.actions()) {
                if (!action.dueDate().isBefore(from) && !action.dueDate().isAfter(to)) {
                    due++;
                    if (action.isOverdue(asOf)) {
                        overdue++;
                    }
                }
            }
        }
        return new ActionFollowThrough(due, overdue);
    }

    /** The share overdue, in percent with one decimal; empty when nothing fell due. */
    public Optional<BigDecimal> overduePercent() {
        if (due == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(overdue * 100L).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP));
    }
}
