package se.valdsprevention.core.situation;

import java.util.List;

/** Parts of a total (for example the municipalities of a county) and the total, as they may be published. */
public record PublishedParts(List<ShownValue> parts, ShownValue total) {

    public PublishedParts {
        parts = List.copyOf(parts);
    }
}
