package se.valdsprevention.workflows.checkin;

import java.time.Instant;

/**
 * A check-in waiting at "Genomför månadsavstämning": its process instance and task, the agenda the
 * process prepared, and the protocol written so far on the workspace page ({@code draft}, null before the
 * first save).
 */
public record OpenCheckIn(
        String processInstanceId,
        String taskId,
        String municipalityCode,
        String agenda,
        Instant startedAt,
        String meetingId,
        MeetingRevision draft) {

    /** The revision the page last saw: 0 before the first save. */
    public int revision() {
        return draft == null ? 0 : draft.revision();
    }
}
