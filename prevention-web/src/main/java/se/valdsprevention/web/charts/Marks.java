package se.valdsprevention.web.charts;

import se.valdsprevention.core.situation.PublishedValues;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Suppressed;

/**
 * What a chart writes where a value is withheld: the reason the published view gives, "färre än 5" for a count of
 * 1–4 and "dolt för att skydda små tal" for a value hidden only so that it cannot reveal one.
 */
final class Marks {

    static final String FEWER_THAN_FIVE = Suppressed.SMALL_COUNT.label();
    static final String HIDDEN_TO_PROTECT = Suppressed.PROTECTING.label();

    private Marks() {}

    /** The mark of {@code value}, one of {@code values}; null when the value is shown or not given. */
    static String of(PublishedValues values, ShownValue value) {
        return value instanceof Suppressed suppressed ? suppressed.label() : null;
    }

    /** The value as a chart's description reads it: the number, the mark, or null when it is not given. */
    static String text(PublishedValues values, ShownValue value) {
        if (value instanceof Shown shown) {
            return SwedishNumbers.format(shown.value());
        }
        return of(values, value);
    }
}
