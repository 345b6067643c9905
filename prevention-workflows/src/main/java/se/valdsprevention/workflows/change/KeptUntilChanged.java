package se.valdsprevention.workflows.change;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
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

    /** A computation under way for a key: callers asking for the same revision and day wait for it. */
    private record Computing<V>(long revision, LocalDate day, CompletableFuture<V> result) {

        boolean isFor(long revision, LocalDate day) {
            return this.revision == revision && this.day.equals(day);
        }
    }

    private final Map<List<Object>, Kept<V>> kept;
    private final Map<List<Object>, Computing<V>> computing = new HashMap<>();
    private final AtomicLong computations = new AtomicLong();

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
     * municipality's revision in {@code revisions} and {@code day}, or {@code compute}'s answer, kept for them. While
     * one caller computes a value, others asking for the same one wait for its answer instead of computing it too;
     * if that computation fails, each of them computes on its own.
     */
    public V get(String code, Object detail, Map<String, Long> revisions, LocalDate day, Supplier<V> compute) {
        Long revision = revisions.get(code);
        if (revision == null) {
            computations.incrementAndGet();
            return compute.get();
        }
        List<Object> key = java.util.Arrays.asList(code, detail);
        while (true) {
            Computing<V> mine = null;
            CompletableFuture<V> theirs = null;
            synchronized (kept) {
                Kept<V> found = kept.get(key);
                if (found != null && found.revision() == revision && found.day().equals(day)) {
                    return found.value();
                }
                Computing<V> running = computing.get(key);
                if (running != null && running.isFor(revision, day)) {
                    theirs = running.result();
                } else {
                    mine = new Computing<>(revision, day, new CompletableFuture<>());
                    computing.put(key, mine);
                }
            }
            if (mine != null) {
                return computeAndKeep(key, mine, compute);
            }
            try {
                return theirs.join();
            } catch (CompletionException | CancellationException failed) {
                // theirs failed and is no longer under way: look again, and compute if nobody else has begun
            }
        }
    }

    private V computeAndKeep(List<Object> key, Computing<V> mine, Supplier<V> compute) {
        try {
            computations.incrementAndGet();
            V value = compute.get();
            synchronized (kept) {
                kept.put(key, new Kept<>(mine.revision(), mine.day(), value));
                computing.remove(key, mine);
            }
            mine.result().complete(value);
            return value;
        } catch (RuntimeException | Error failed) {
            synchronized (kept) {
                computing.remove(key, mine);
            }
            mine.result().completeExceptionally(failed);
            throw failed;
        }
    }

    /** How many results are kept now. */
    public int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    /** How many times a value has been computed since this was made: what keeping saved shows as no change. */
    public long computations() {
        return computations.get();
    }
}
