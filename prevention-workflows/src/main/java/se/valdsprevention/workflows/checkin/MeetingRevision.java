package se.valdsprevention.workflows.checkin;

import java.time.Instant;
import se.valdsprevention.core.meeting.Meeting;

/** One saved state of a check-in: what it was, who saved it and when, from which process instance. */
public record MeetingRevision(
        String meetingId,
        int revision,
        String municipalityCode,
        Meeting meeting,
        String author,
        Instant recordedAt,
        String processInstanceId) {}
