package se.valdsprevention.web.statistics;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Suppressed;

/**
 * One value of the matrix as the page shows it: a number with a decimal comma, "färre än 5" or "dolt för att
 * skydda små tal" for a withheld value, "saknas" when Kolada has no number, "ej hämtad" when it was never fetched.
 */
record Cell(String text, State state) {

    static final String MISSING = "saknas";
    static final String NOT_FETCHED = "ej hämtad";

    enum State {
        SHOWN,
        SUPPRESSED,
        MISSING,
        NOT_FETCHED
    }

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
    }

    static Cell notFetched() {
        return new Cell(NOT_FETCHED, State.NOT_FETCHED);
    }

    static Cell missing() {
        return new Cell(MISSING, State.MISSING);
    }

    static Cell of(ShownValue published) {
        if (published instanceof Shown shown) {
            return new Cell(number(shown.value()), State.SHOWN);
        }
        return new Cell(((Suppressed) published).label(), State.SUPPRESSED);
    }

    /** Whether the municipality lacks this value: missing in Kolada or never fetched. */
    boolean lacking() {
        return state == State.MISSING || state == State.NOT_FETCHED;
    }

    static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
