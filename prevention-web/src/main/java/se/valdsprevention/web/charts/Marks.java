package se.valdsprevention.web.charts;

import se.valdsprevention.core.situation.PublishedValues;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Suppressed;

/**
 * What a chart writes where a value is withheld. The published view only says that a value is suppressed, not
 * why, so the reason is read from what is published: while the total is shown, a withheld part may be one hidden
 * only to protect another ("dolt för att skydda små tal"); otherwise every withheld value is a count of 1–4
 * ("färre än 5"). Either text is true of the value it marks, and neither depends on the hidden number.
 */
final class Marks {

    static final String FEWER_THAN_FIVE = "färre än 5";
    static final String HIDDEN_TO_PROTECT = "dolt för att skydda små tal";

    private Marks() {}

    /** The mark of {@code value}, one of {@code values}; null when the value is shown or not given. */
    static String of(PublishedValues values, ShownValue value) {
        if (!(value instanceof Suppressed)) {
            return null;
        }
        if (value != values.total() && values.total() instanceof Shown) {
            return HIDDEN_TO_PROTECT;
        }
        return FEWER_THAN_FIVE;
    }

    /** The value as a chart's description reads it: the number, the mark, or null when it is not given. */
    static String text(PublishedValues values, ShownValue value) {
        if (value instanceof Shown shown) {
            return SwedishNumbers.format(shown.value());
        }
        return of(values, value);
    }
}
