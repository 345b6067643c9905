package se.valdsprevention.workflows.checkin;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.workflows.change.MunicipalityChanges;

/**
 * The check-ins, as revisions in {@code prevention_meeting_revision}. Nothing is overwritten: every
 * save adds a revision with its author and time. It uses the engine's data source, so inside a
 * delegate a save belongs to the same transaction as the task completion that caused it. Two saves
 * of the same revision number (two actions completed at the same moment) cannot both succeed: the
 * unique key refuses the second, and its transaction rolls back.
 */
public class MeetingRevisions {

    private static final String COLUMNS =
            "meeting_id, revision, municipality_code, document, author, recorded_at, process_instance_id";

    private final JdbcTemplate jdbc;
    private final DomainJson json;

    private final MunicipalityChanges changes;

    public MeetingRevisions(JdbcTemplate jdbc, DomainJson json, MunicipalityChanges changes) {
        this.jdbc = jdbc;
        this.json = json;
        this.changes = changes;
    }

    /** Saves {@code meeting} as its next revision. */
    public MeetingRevision append(Meeting meeting, String author, Instant at, String processInstanceId) {
        Integer last = jdbc.queryForObject(
                "SELECT MAX(revision) FROM prevention_meeting_revision WHERE meeting_id = ?",
                Integer.class,
                meeting.id());
        int revision = last == null ? 1 : last + 1;
        jdbc.update(
                "INSERT INTO prevention_meeting_revision (id, meeting_id, revision, municipality_code, meeting_date, "
                        + "document, author, recorded_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                meeting.id(),
                revision,
                meeting.municipalityCode(),
                Date.valueOf(meeting.date()),
                json.write(meeting),
                author,
                Timestamp.from(at),
                processInstanceId);
        changes.touch(meeting.municipalityCode());
        return new MeetingRevision(
                meeting.id(), revision, meeting.municipalityCode(), meeting, author, at, processInstanceId);
    }

    /** The newest revision of a meeting. */
    public Optional<MeetingRevision> latest(String meetingId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM prevention_meeting_revision WHERE meeting_id = ? "
                                + "ORDER BY revision DESC",
                        this::revision,
                        meetingId)
                .stream()
                .findFirst();
    }

    /** The newest revision of a meeting, which the running process relies on being saved. */
    public Meeting current(String meetingId) {
        return latest(meetingId)
                .orElseThrow(() -> new IllegalStateException("Meeting " + meetingId + " is not saved"))
                .meeting();
    }

    /** Every revision of a meeting, oldest first. */
    public List<MeetingRevision> history(String meetingId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_meeting_revision WHERE meeting_id = ? ORDER BY revision",
                this::revision,
                meetingId);
    }

    /** The newest revision of every meeting of a municipality, oldest meeting first. */
    public List<MeetingRevision> latestIn(String municipalityCode) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_meeting_revision r WHERE municipality_code = ? "
                        + "AND revision = (SELECT MAX(revision) FROM prevention_meeting_revision "
                        + "WHERE meeting_id = r.meeting_id) ORDER BY meeting_date, recorded_at",
                this::revision,
                municipalityCode);
    }

    /** How many revisions there are of all meetings of a municipality. */
    public long countIn(String municipalityCode) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM prevention_meeting_revision WHERE municipality_code = ?",
                Long.class,
                municipalityCode);
        return count == null ? 0 : count;
    }

    private MeetingRevision revision(ResultSet row, int rowNumber) throws SQLException {
        return new MeetingRevision(
                row.getString("meeting_id"),
                row.getInt("revision"),
                row.getString("municipality_code"),
                json.read(row.getString("document"), Meeting.class),
                row.getString("author"),
                row.getTimestamp("recorded_at").toInstant(),
                row.getString("process_instance_id"));
    }
}
