package se.valdsprevention.workflows.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.workflows.statistics.kolada.Gender;
import se.valdsprevention.workflows.statistics.kolada.KoladaValue;

/**
 * The template indicators' values as fetched from Kolada, in {@code prevention_kolada_value}: for each key figure,
 * municipality, year and gender either a number or missing. A combination without a row has never been fetched.
 */
public class KoladaValues {

    static final String TABLE = "prevention_kolada_value";

    private static final String COLUMNS = "kpi, municipality_code, period_year, gender, kpi_value, retrieved_at";

    private final JdbcTemplate jdbc;

    public KoladaValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces what is stored of {@code kpi} for the municipalities and years with what Kolada sent: one row per
     * municipality, year and gender, missing where Kolada sent no number or no row. Values for other key figures,
     * municipalities or years in {@code fetched} are left out. Call it inside a transaction, so that a batch is
     * replaced whole or not at all.
     */
    public void replace(
            String kpi,
            Collection<String> municipalities,
            Collection<Integer> years,
            Collection<KoladaValue> fetched,
            Instant at) {
        if (municipalities.isEmpty() || years.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> sent = new HashMap<>();
        for (KoladaValue value : fetched) {
            if (value.kpi().equals(kpi)
                    && municipalities.contains(value.municipality())
                    && years.contains(value.year())) {
                sent.put(key(value.municipality(), value.year(), value.gender()), value.value());
            }
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(kpi);
        arguments.addAll(municipalities);
        arguments.addAll(years);
        jdbc.update(
                "DELETE FROM " + TABLE + " WHERE kpi = ? AND municipality_code IN (" + marks(municipalities.size())
                        + ") AND period_year IN (" + marks(years.size()) + ")",
                arguments.toArray());
        List<Object[]> rows = new ArrayList<>();
        Timestamp retrieved = Timestamp.from(at);
        for (String municipality : municipalities) {
            for (int year : years) {
                for (Gender gender : Gender.values()) {
                    rows.add(new Object[] {
                        kpi, municipality, year, gender.code(), sent.get(key(municipality, year, gender)), retrieved
                    });
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", rows, new int[] {
            Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.NUMERIC, Types.TIMESTAMP
        });
    }

    /** Every stored value of the key figures in {@code year}. */
    public List<StoredValue> ofYear(Collection<String> kpis, int year) {
        if (kpis.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(kpis);
        arguments.add(year);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE kpi IN (" + marks(kpis.size())
                        + ") AND period_year = ? ORDER BY municipality_code, kpi, gender",
                KoladaValues::value,
                arguments.toArray());
    }

    /** The newest year in which any of the key figures has a number, for any municipality. */
    public Optional<Integer> newestYearWithNumber(Collection<String> kpis) {
        return newest(kpis, " AND kpi_value IS NOT NULL");
    }

    /** The newest year fetched for any of the key figures, with a number or missing. */
    public Optional<Integer> newestYearFetched(Collection<String> kpis) {
        return newest(kpis, "");
    }

    private Optional<Integer> newest(Collection<String> kpis, String condition) {
        if (kpis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT MAX(period_year) FROM " + TABLE + " WHERE kpi IN (" + marks(kpis.size()) + ")" + condition,
                Integer.class,
                kpis.toArray()));
    }

    private static String key(String municipality, int year, Gender gender) {
        return municipality + "/" + year + "/" + gender.code();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static StoredValue value(ResultSet row, int rowNumber) throws SQLException {
        String code = row.getString("gender");
        Gender gender = null;
        for (Gender candidate : Gender.values()) {
            if (candidate.code().equals(code)) {
                gender = candidate;
            }
        }
        if (gender == null) {
            throw new IllegalStateException("Unknown gender '" + code + "' in " + TABLE);
        }
        return new StoredValue(
                row.getString("kpi"),
                row.getString("municipality_code"),
                row.getInt("period_year"),
                gender,
                row.getBigDecimal("kpi_value"),
                row.getTimestamp("retrieved_at").toInstant());
    }
}
