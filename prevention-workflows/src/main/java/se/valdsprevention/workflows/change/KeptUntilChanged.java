package se.valdsprevention.workflows.change;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What was computed from one municipality's history, kept under the municipality's {@link MunicipalityChanges
 * revision} and the day it was computed for: it is handed out again while both are the same, and computed anew when
 * the municipality has changed or the day has turned (many figures count days up to today). A municipality without a
 * revision is computed every time. The newest {@code capacity} results are kept; each node keeps its own, and since
 * the revisions are in the database every node sees every other node's changes.
 *
 * <p>The caller reads the revisions before it computes, so a change committed while it computes leaves the result
 * under the older revision, and the next caller computes again.
 *
 * @param <V> what is kept; it must not change once computed
 */
public final class KeptUntilChanged<V> {

    private record Kept<V>(long revision, LocalDate day, V value) {}

    private final Map<List<Object>, Kept<V>> kept;

    public KeptUntilChanged(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value for {@code code} and {@code detail} (for example a period; null for none), as computed for the
     * municipality's revision in {@code revisions} and {@code day}, or {@code compute}'s answer, kept for them.
     */
    public V get(String code, Object detail, Map<String, Long> revisions, LocalDate day, Supplier<V> compute) {
        Long revision = revisions.get(code);
        if (revision == null) {
            return compute.get();
        }
        List<Object> key = java.util.Arrays.asList(code, detail);
        synchronized (kept) {
            Kept<V> found = kept.get(key);
            if (found != null && found.revision() == revision && found.day().equals(day)) {
                return found.value();
            }
        }
        V value = compute.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(revision, day, value));
        }
        return value;
    }

    /** How many results are kept now. */
    public int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
