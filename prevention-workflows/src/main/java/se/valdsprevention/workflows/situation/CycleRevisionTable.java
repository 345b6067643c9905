package se.valdsprevention.workflows.situation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.change.MunicipalityChanges;

/**
 * One append-only table of a cycle's document revisions: numbers revisions per cycle and keeps a cycle to the
 * municipality of its first revision. Two saves of the same revision at once are refused by the unique key.
 */
final class CycleRevisionTable {

    static final String COLUMNS = "cycle_id, municipality_code, revision, document, author, recorded_at";

    private final JdbcTemplate jdbc;
    private final String table;
    private final String document;

    /**
     * @param table the table name, a constant of this package
     * @param document what the table holds, as messages name it ("situation picture")
     */
    private final MunicipalityChanges changes;

    CycleRevisionTable(JdbcTemplate jdbc, String table, String document, MunicipalityChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.table = table;
        this.document = document;
    }

    /**
     * Adds the next revision of the cycle's document and returns its number.
     *
     * @param areaPath the document's field that holds the municipality, named in a refusal
     * @throws ValidationException when the cycle's earlier revisions are of another municipality
     */
    int append(
            String cycleId,
            String municipalityCode,
            String areaPath,
            String status,
            String json,
            String author,
            Instant at) {
        requireText(cycleId, "cycleId");
        requireText(author, "author");
        Objects.requireNonNull(at, "at");
        Optional<String> cycleMunicipality = municipalityOf(cycleId);
        if (cycleMunicipality.isPresent() && !cycleMunicipality.get().equals(municipalityCode)) {
            throw ValidationException.of(
                    areaPath,
                    "cycle " + cycleId + " is for municipality " + cycleMunicipality.get() + "; its " + document
                            + " cannot be for " + municipalityCode);
        }
        Integer last = jdbc.queryForObject(
                "SELECT MAX(revision) FROM " + table + " WHERE cycle_id = ?", Integer.class, cycleId);
        int revision = last == null ? 1 : last + 1;
        jdbc.update(
                "INSERT INTO " + table + " (id, cycle_id, municipality_code, revision, status, document, author, "
                        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                cycleId,
                municipalityCode,
                revision,
                status,
                json,
                author,
                Timestamp.from(at));
        changes.touch(municipalityCode);
        return revision;
    }

    /** The rows matching {@code condition} (an SQL condition with {@code ?} for each argument), in {@code order}. */
    <T> List<T> select(String condition, String order, RowMapper<T> rows, Object... arguments) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM " + table + " WHERE " + condition + " ORDER BY " + order, rows, arguments);
    }

    private Optional<String> municipalityOf(String cycleId) {
        return select("cycle_id = ?", "revision", (row, n) -> row.getString("municipality_code"), cycleId).stream()
                .findFirst();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": must not be blank");
        }
    }
}
