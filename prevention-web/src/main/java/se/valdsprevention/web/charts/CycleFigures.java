package se.valdsprevention.web.charts;

import java.util.Objects;
import se.valdsprevention.core.situation.PublishedSituationPicture;

/**
 * One point in time of a trend: the label users read under it (for example "2025") and the publishable
 * situation picture of that cycle.
 */
public record CycleFigures(String label, PublishedSituationPicture picture) {

    public CycleFigures {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(picture, "picture");
    }
}
