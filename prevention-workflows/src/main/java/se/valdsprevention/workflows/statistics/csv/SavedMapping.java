package se.valdsprevention.workflows.statistics.csv;

import java.time.Instant;
import java.util.Objects;

/** A column mapping saved for a file layout, by whom and when. */
public record SavedMapping(LayoutKey layoutKey, ColumnMapping mapping, String savedBy, Instant savedAt) {

    public SavedMapping {
        Objects.requireNonNull(layoutKey, "layoutKey");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
