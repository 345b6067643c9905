package se.valdsprevention.web.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The board report's chart SVGs, kept per municipality, picture revision, chart and the published figures they
 * were drawn from, so that the same report asked for again (by the board, the coordinator, the county) does not draw
 * its charts again. The figures are part of the key, so a picture whose suppression changed (a new population) is
 * drawn anew, never served from an older drawing. Small and bounded: the least recently used drawing goes first.
 */
final class RenderedCharts {

    /** Enough for the reports of a county's municipalities asked for in a session of board meetings. */
    static final int MAX_ENTRIES = 48;

    private record Key(String municipalityCode, int revision, String chart, Object figures) {}

    private final int maxEntries;
    private final Map<Key, String> drawn;

    RenderedCharts() {
        this(MAX_ENTRIES);
    }

    RenderedCharts(int maxEntries) {
        this.maxEntries = maxEntries;
        this.drawn = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > RenderedCharts.this.maxEntries;
            }
        };
    }

    /** The SVG of {@code chart} drawn from {@code figures}: drawn now by {@code draw}, or as it was drawn before. */
    String of(String municipalityCode, int revision, String chart, Object figures, Supplier<String> draw) {
        if (maxEntries == 0) {
            return draw.get();
        }
        Key key = new Key(municipalityCode, revision, chart, Objects.requireNonNull(figures, "figures"));
        synchronized (drawn) {
            String svg = drawn.get(key);
            if (svg != null) {
                return svg;
            }
        }
        String svg = draw.get();
        synchronized (drawn) {
            drawn.put(key, svg);
        }
        return svg;
    }

    int size() {
        synchronized (drawn) {
            return drawn.size();
        }
    }
}
