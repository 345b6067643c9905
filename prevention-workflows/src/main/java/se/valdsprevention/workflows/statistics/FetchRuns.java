package se.valdsprevention.workflows.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The county-wide fetches from Kolada, in {@code prevention_kolada_fetch_run}. At most one runs at a time: a
 * running fetch holds the table's one {@code active} row, and the unique constraint on it refuses a second start,
 * also from another node of a cluster. Every change is conditional on the fetch still running, so a fetch that
 * another node ended as abandoned cannot carry on writing progress.
 */
public class FetchRuns {

    static final String TABLE = "prevention_kolada_fetch_run";

    static final String ABANDONED =
            "Hämtningen avbröts: servern som hämtade har inte hörts av på länge (den kan ha startats om)."
                    + " Det som hann sparas finns kvar; starta en ny hämtning.";

    private static final String COLUMNS = "id, started_by, started_at, updated_at, finished_at, status, done_steps,"
            + " total_steps, first_year, last_year, error_message";

    private final JdbcTemplate jdbc;

    public FetchRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new running fetch.
     *
     * @throws FetchRefused when another fetch runs; nothing is recorded
     */
    public FetchRun start(String startedBy, Instant at, int totalSteps, int firstYear, int lastYear) {
        var run = new FetchRun(
                UUID.randomUUID().toString(),
                startedBy,
                at,
                at,
                null,
                FetchStatus.RUNNING,
                0,
                totalSteps,
                firstYear,
                lastYear,
                null);
        try {
            jdbc.update(
                    "INSERT INTO " + TABLE + " (" + COLUMNS + ", active) VALUES (?, ?, ?, ?, NULL, ?, 0, ?, ?, ?, NULL,"
                            + " TRUE)",
                    run.id(),
                    run.startedBy(),
                    Timestamp.from(at),
                    Timestamp.from(at),
                    FetchStatus.RUNNING.name(),
                    totalSteps,
                    firstYear,
                    lastYear);
        } catch (DuplicateKeyException taken) {
            throw FetchRefused.alreadyRunning(running().orElse(null));
        }
        return run;
    }

    /**
     * Records that {@code doneSteps} batches are saved; call it in the transaction that saves the batch.
     *
     * @return false when the fetch no longer runs (another node ended it): the caller must not keep the batch
     */
    public boolean progress(String id, int doneSteps, Instant at) {
        return jdbc.update(
                        "UPDATE " + TABLE + " SET done_steps = ?, updated_at = ? WHERE id = ? AND active = TRUE",
                        doneSteps,
                        Timestamp.from(at),
                        id)
                == 1;
    }

    /** Ends the fetch as done, unless it has already ended. */
    public void succeed(String id, Instant at) {
        end(id, FetchStatus.SUCCEEDED, null, at);
    }

    /** Ends the fetch as failed with the Swedish {@code message}, unless it has already ended. */
    public void fail(String id, String message, Instant at) {
        Objects.requireNonNull(message, "message");
        end(id, FetchStatus.FAILED, message.length() <= 1000 ? message : message.substring(0, 999) + "…", at);
    }

    /**
     * Ends as failed a running fetch that has saved nothing since {@code silentSince}: its node has stopped, and
     * it would otherwise block every new fetch.
     */
    public void endAbandoned(Instant silentSince, Instant at) {
        jdbc.update(
                "UPDATE " + TABLE + " SET status = ?, error_message = ?, finished_at = ?, updated_at = ?, active = NULL"
                        + " WHERE active = TRUE AND updated_at < ?",
                FetchStatus.FAILED.name(),
                ABANDONED,
                Timestamp.from(at),
                Timestamp.from(at),
                Timestamp.from(silentSince));
    }

    /** The fetch that runs now, on any node. */
    public Optional<FetchRun> running() {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE active = TRUE", FetchRuns::run).stream()
                .findFirst();
    }

    /** The most recently started fetch, running or ended. */
    public Optional<FetchRun> latest() {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM " + TABLE + " ORDER BY started_at DESC, id LIMIT 1", FetchRuns::run)
                .stream()
                .findFirst();
    }

    public Optional<FetchRun> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = ?", FetchRuns::run, id).stream()
                .findFirst();
    }

    private void end(String id, FetchStatus status, String message, Instant at) {
        jdbc.update(
                "UPDATE " + TABLE + " SET status = ?, error_message = ?, finished_at = ?, updated_at = ?, active = NULL"
                        + " WHERE id = ? AND active = TRUE",
                status.name(),
                message,
                Timestamp.from(at),
                Timestamp.from(at),
                id);
    }

    private static FetchRun run(ResultSet row, int rowNumber) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new FetchRun(
                row.getString("id"),
                row.getString("started_by"),
                row.getTimestamp("started_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                FetchStatus.valueOf(row.getString("status")),
                row.getInt("done_steps"),
                row.getInt("total_steps"),
                row.getInt("first_year"),
                row.getInt("last_year"),
                row.getString("error_message"));
    }
}
