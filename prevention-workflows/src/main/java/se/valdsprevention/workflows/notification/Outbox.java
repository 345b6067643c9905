package se.valdsprevention.workflows.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The table {@code prevention_outbox}, the utkorg. {@link #add} writes in the caller's transaction, so a
 * notification exists exactly when the event that caused it was committed. The sender {@link #claim claims} due rows
 * for itself for a while (one sender at a time works on a row, whichever node it runs on), then marks them sent,
 * to be retried or failed; each of those is its own short write, outside any event's transaction.
 */
public class Outbox {

    private static final String COLUMNS = "id, kind, recipient, municipality_code, title, link, due_date, digest,"
            + " created_at, status, attempts, next_attempt_at, mail_id, channel, sent_at, last_error";

    private static final RowMapper<OutboxRow> ROW = Outbox::row;

    private final JdbcTemplate jdbc;
    private final NotificationSettings settings;
    private final LocalTime digestTime;
    private final Runnable afterCommit;

    /**
     * @param digestTime the time of day (the county's time zone) the daily digests go out
     * @param afterCommit told after a transaction that added a mail to send at once has committed (the sender's
     *     wake-up)
     */
    public Outbox(JdbcTemplate jdbc, NotificationSettings settings, LocalTime digestTime, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.digestTime = digestTime;
        this.afterCommit = afterCommit;
    }

    /**
     * Writes the notification for each of these users who wants its kind: for a digest, due at the next digest
     * time, otherwise at once. Returns how many rows it wrote.
     */
    public int add(Notification notification, Collection<String> recipients) {
        Set<String> users = new LinkedHashSet<>(recipients);
        users.removeIf(user -> user == null || user.isBlank());
        if (users.isEmpty()) {
            return 0;
        }
        Instant now = EngineClock.now();
        Map<String, NotificationSetting> chosen = settings.ofAll(users);
        List<Object[]> rows = new ArrayList<>();
        boolean anyAtOnce = false;
        for (String user : users) {
            NotificationSetting setting = chosen.get(user);
            if (!setting.wants(notification.kind())) {
                continue;
            }
            boolean digest = setting.delivery() == Delivery.DIGEST;
            anyAtOnce |= !digest;
            rows.add(new Object[] {
                UUID.randomUUID().toString(),
                notification.kind().name(),
                user,
                notification.municipalityCode(),
                notification.title(),
                notification.link(),
                notification.dueDate() == null ? null : java.sql.Date.valueOf(notification.dueDate()),
                digest,
                Timestamp.from(now),
                OutboxStatus.PENDING.name(),
                0,
                Timestamp.from(digest ? nextDigest(now, EngineClock.zone()) : now)
            });
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO prevention_outbox (id, kind, recipient, municipality_code, title, link, due_date,"
                            + " digest, created_at, status, attempts, next_attempt_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
        }
        if (anyAtOnce) {
            wakeTheSenderAfterCommit();
        }
        return rows.size();
    }

    /** The first digest time after {@code at}: today's if it is still to come, else tomorrow's. */
    Instant nextDigest(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(digestTime).atZone(zone);
        return (local.isBefore(today) ? today : today.plusDays(1)).toInstant();
    }

    /** The recipients who have rows due at {@code now} that no sender holds, at most {@code max}. */
    List<String> recipientsDue(Instant now, int max) {
        return jdbc.query(
                "SELECT recipient FROM prevention_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?) GROUP BY recipient"
                        + " ORDER BY MIN(next_attempt_at) FETCH FIRST " + max + " ROWS ONLY",
                (row, i) -> row.getString(1),
                Timestamp.from(now),
                Timestamp.from(now));
    }

    /**
     * Claims the recipient's due rows that no sender holds for the claim {@code token} until {@code until}, and
     * returns them. A sender that loses the race to another gets none. A row stays claimed after its sender died
     * only until {@code until}; then another sender may take it.
     */
    List<OutboxRow> claim(String recipient, String token, Instant now, Instant until) {
        int claimed = jdbc.update(
                "UPDATE prevention_outbox SET claimed_by = ?, claimed_until = ? WHERE recipient = ?"
                        + " AND status = 'PENDING' AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)",
                token,
                Timestamp.from(until),
                recipient,
                Timestamp.from(now),
                Timestamp.from(now));
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_outbox WHERE claimed_by = ? AND status = 'PENDING'"
                        + " ORDER BY created_at, id",
                ROW,
                token);
    }

    /** The rows went out in one mail. */
    void sent(String token, Collection<String> ids, String mailId, String channel, Instant at) {
        update(
                "UPDATE prevention_outbox SET status = 'SENT', mail_id = :mail, channel = :channel, sent_at = :at,"
                        + " attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL, last_error = NULL"
                        + " WHERE claimed_by = :token AND id IN (:ids)",
                Map.of("mail", mailId, "channel", channel, "at", Timestamp.from(at), "token", token, "ids", ids));
    }

    /** The rows could not be sent now; they are tried again at {@code nextAttempt}. */
    void retry(String token, Collection<String> ids, String error, Instant nextAttempt) {
        update(
                "UPDATE prevention_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error,"
                        + " claimed_by = NULL, claimed_until = NULL WHERE claimed_by = :token AND id IN (:ids)",
                Map.of(
                        "next",
                        Timestamp.from(nextAttempt),
                        "error",
                        MailText.line(error, 300),
                        "token",
                        token,
                        "ids",
                        ids));
    }

    /** The rows will not be sent; the reason is shown in the outbox page. */
    void failed(String token, Collection<String> ids, String reason) {
        update(
                "UPDATE prevention_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = :error,"
                        + " claimed_by = NULL, claimed_until = NULL WHERE claimed_by = :token AND id IN (:ids)",
                Map.of("error", MailText.line(reason, 300), "token", token, "ids", ids));
    }

    private void update(String sql, Map<String, ?> parameters) {
        new NamedParameterJdbcTemplate(jdbc).update(sql, parameters);
    }

    /** The newest rows first, at most {@code max}; of one status when {@code status} is given. */
    public List<OutboxRow> newest(OutboxStatus status, int max) {
        return status == null
                ? jdbc.query(
                        "SELECT " + COLUMNS + " FROM prevention_outbox ORDER BY created_at DESC, id FETCH FIRST " + max
                                + " ROWS ONLY",
                        ROW)
                : jdbc.query(
                        "SELECT " + COLUMNS + " FROM prevention_outbox WHERE status = ?"
                                + " ORDER BY created_at DESC, id FETCH FIRST " + max + " ROWS ONLY",
                        ROW,
                        status.name());
    }

    /** The rows that went out in one mail, in the order the mail lists them. */
    public List<OutboxRow> mail(String mailId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_outbox WHERE mail_id = ? ORDER BY created_at, id", ROW, mailId);
    }

    /** How many rows have each status. */
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT status, COUNT(*) FROM prevention_outbox GROUP BY status", row -> {
            counts.put(OutboxStatus.valueOf(row.getString(1)), row.getLong(2));
        });
        return counts;
    }

    private void wakeTheSenderAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommit.run();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
                if (status == STATUS_COMMITTED) {
                    afterCommit.run();
                }
            }
        });
    }

    private static OutboxRow row(ResultSet row, int i) throws SQLException {
        java.sql.Date due = row.getDate("due_date");
        return new OutboxRow(
                row.getString("id"),
                NotificationKind.valueOf(row.getString("kind")),
                row.getString("recipient"),
                row.getString("municipality_code"),
                row.getString("title"),
                row.getString("link"),
                due == null ? null : due.toLocalDate(),
                row.getBoolean("digest"),
                instant(row.getTimestamp("created_at")),
                OutboxStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                instant(row.getTimestamp("next_attempt_at")),
                row.getString("mail_id"),
                row.getString("channel"),
                instant(row.getTimestamp("sent_at")),
                row.getString("last_error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The retry schedule: doubling from {@code first} up to {@code max}. */
    static Instant nextAttempt(Instant now, int attemptsSoFar, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 0; i < attemptsSoFar && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(max) > 0 ? max : wait);
    }
}
