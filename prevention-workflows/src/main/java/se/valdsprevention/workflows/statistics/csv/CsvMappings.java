package se.valdsprevention.workflows.statistics.csv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The column mappings users saved for file layouts, in {@code prevention_csv_mapping}: the next file with the same
 * header gets the same mapping. Every save adds a revision with who saved it and when; the newest one counts.
 * Layouts are shared by the whole county: a header names columns, it holds no figures.
 */
public class CsvMappings {

    private static final String TABLE = "prevention_csv_mapping";
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;

    public CsvMappings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves {@code mapping} as the newest for the layout of {@code header}.
     *
     * @param header the header cells of the file, kept to show what the layout looks like
     */
    public SavedMapping save(List<String> header, ColumnMapping mapping, String savedBy, Instant at) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(at, "at");
        if (savedBy == null || savedBy.isBlank()) {
            throw new IllegalArgumentException("savedBy: must not be blank");
        }
        LayoutKey key = LayoutKey.of(header);
        String shownHeader = String.join(";", header);
        for (int attempt = 1; ; attempt++) {
            Integer last = jdbc.queryForObject(
                    "SELECT MAX(revision) FROM " + TABLE + " WHERE layout_key = ?", Integer.class, key.value());
            try {
                jdbc.update(
                        "INSERT INTO " + TABLE + " (layout_key, revision, header, indicator_column, period_column,"
                                + " women_column, men_column, total_column, source_column, saved_by, saved_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        new Object[] {
                            key.value(),
                            last == null ? 1 : last + 1,
                            shownHeader,
                            mapping.indicator(),
                            mapping.period(),
                            mapping.women(),
                            mapping.men(),
                            mapping.total(),
                            mapping.source(),
                            savedBy,
                            Timestamp.from(at)
                        },
                        new int[] {
                            Types.VARCHAR,
                            Types.INTEGER,
                            Types.VARCHAR,
                            Types.INTEGER,
                            Types.INTEGER,
                            Types.INTEGER,
                            Types.INTEGER,
                            Types.INTEGER,
                            Types.INTEGER,
                            Types.VARCHAR,
                            Types.TIMESTAMP
                        });
                return new SavedMapping(key, mapping, savedBy, at);
            } catch (DuplicateKeyException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    /** The newest mapping saved for the layout. */
    public Optional<SavedMapping> latest(LayoutKey key) {
        return jdbc
                .query(
                        "SELECT layout_key, indicator_column, period_column, women_column, men_column, total_column,"
                                + " source_column, saved_by, saved_at FROM " + TABLE
                                + " WHERE layout_key = ? ORDER BY revision DESC",
                        this::saved,
                        key.value())
                .stream()
                .findFirst();
    }

    /** The mapping to offer for {@code table}: the newest saved for its layout, else the guess from its header. */
    public ColumnMapping mappingFor(CsvTable table) {
        return latest(table.layoutKey())
                .map(SavedMapping::mapping)
                .orElseGet(() -> ColumnMapping.guess(table.header()));
    }

    private SavedMapping saved(ResultSet row, int rowNumber) throws SQLException {
        return new SavedMapping(
                new LayoutKey(row.getString("layout_key")),
                new ColumnMapping(
                        column(row, "indicator_column"),
                        column(row, "period_column"),
                        column(row, "women_column"),
                        column(row, "men_column"),
                        column(row, "total_column"),
                        column(row, "source_column")),
                row.getString("saved_by"),
                row.getTimestamp("saved_at").toInstant());
    }

    private static Integer column(ResultSet row, String name) throws SQLException {
        int value = row.getInt(name);
        return row.wasNull() ? null : value;
    }
}
