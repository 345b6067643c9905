package se.valdsprevention.core.milestone;

import java.time.LocalDate;
import se.valdsprevention.core.validation.Violations;

/**
 * What a cycle's last task recorded: the date the lessons were written down, through how many channels they are
 * spread, and the date the next cycle started (null while it has not).
 */
public record LessonsFacts(LocalDate recordedOn, int spreadChannels, LocalDate nextCycleStartedOn) {

    public LessonsFacts {
        var v = new Violations();
        v.requireNonNull(recordedOn, "recordedOn");
        v.requireNonNegative(spreadChannels, "spreadChannels");
        if (recordedOn != null && nextCycleStartedOn != null) {
            v.require(
                    !nextCycleStartedOn.isBefore(recordedOn),
                    "nextCycleStartedOn",
                    "får inte ligga före dagen lärdomarna skrevs ner (" + recordedOn + ")");
        }
        v.throwIfAny();
    }
}
