package se.valdsprevention.workflows.statistics.csv;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploaded statistics files between the upload and the user's confirmation, in
 * {@code prevention_statistics_upload}. An upload belongs to the user who made it and the municipality it was made
 * for: nobody else finds it. Uploads older than {@link #KEPT} are deleted when the next one is made.
 */
public class StatisticsUploads {

    /** How long an upload waits for its confirmation. */
    public static final Duration KEPT = Duration.ofDays(1);

    private static final String TABLE = "prevention_statistics_upload";

    private final JdbcTemplate jdbc;

    public StatisticsUploads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An uploaded file as stored. */
    public record Upload(
            String id,
            String municipalityCode,
            String uploadedBy,
            Instant uploadedAt,
            String fileName,
            byte[] content) {}

    /** Stores the file and returns its id; deletes uploads older than {@link #KEPT} first. */
    public String store(String municipalityCode, String uploadedBy, String fileName, byte[] content, Instant at) {
        Objects.requireNonNull(content, "content");
        jdbc.update("DELETE FROM " + TABLE + " WHERE uploaded_at < ?", Timestamp.from(at.minus(KEPT)));
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO " + TABLE
                        + " (id, municipality_code, uploaded_by, uploaded_at, file_name, content) VALUES (?, ?, ?, ?, ?, ?)",
                id,
                municipalityCode,
                uploadedBy,
                Timestamp.from(at),
                shortName(fileName),
                content);
        return id;
    }

    /** The user's upload for the municipality, if it is still kept. */
    public Optional<Upload> find(String id, String municipalityCode, String uploadedBy, Instant now) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "SELECT id, municipality_code, uploaded_by, uploaded_at, file_name, content FROM " + TABLE
                                + " WHERE id = ? AND municipality_code = ? AND uploaded_by = ? AND uploaded_at >= ?",
                        (row, n) -> new Upload(
                                row.getString("id"),
                                row.getString("municipality_code"),
                                row.getString("uploaded_by"),
                                row.getTimestamp("uploaded_at").toInstant(),
                                row.getString("file_name"),
                                row.getBytes("content")),
                        id,
                        municipalityCode,
                        uploadedBy,
                        Timestamp.from(now.minus(KEPT)))
                .stream()
                .findFirst();
    }

    /** Deletes an upload whose figures are saved (or given up). */
    public void delete(String id) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE id = ?", id);
    }

    /** The file's own name without any path, at most 255 characters, or "fil.csv" when it has none. */
    static String shortName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "fil.csv";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            return "fil.csv";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
