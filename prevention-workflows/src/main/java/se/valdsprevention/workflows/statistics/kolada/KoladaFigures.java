package se.valdsprevention.workflows.statistics.kolada;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of one fetch for one municipality, looked up by key figure, year and gender. A value Kolada marked
 * missing and one it did not send at all are both missing: {@link #value} is empty, never zero.
 */
public final class KoladaFigures {

    private final Map<String, BigDecimal> values = new HashMap<>();
    private final Map<String, KoladaKpi> kpis = new HashMap<>();

    public KoladaFigures(KoladaFetch fetch, String municipality) {
        Objects.requireNonNull(municipality, "municipality");
        fetch.kpis().forEach(kpi -> kpis.put(kpi.id(), kpi));
        for (KoladaValue value : fetch.values()) {
            if (municipality.equals(value.municipality()) && !value.missing()) {
                values.put(key(value.kpi(), value.year(), value.gender()), value.value());
            }
        }
    }

    /** The number, or empty when Kolada has none. */
    public Optional<BigDecimal> value(String kpi, int year, Gender gender) {
        return Optional.ofNullable(values.get(key(kpi, year, gender)));
    }

    /** Whether Kolada has any number of the key figure for the year. */
    public boolean any(String kpi, int year) {
        for (Gender gender : Gender.values()) {
            if (values.containsKey(key(kpi, year, gender))) {
                return true;
            }
        }
        return false;
    }

    /** Kolada's description of the key figure, when the fetch asked for it. */
    public Optional<KoladaKpi> kpi(String id) {
        return Optional.ofNullable(kpis.get(id));
    }

    private static String key(String kpi, int year, Gender gender) {
        return kpi + '/' + year + '/' + gender.name();
    }
}
