package se.valdsprevention.web.situation;

import java.math.BigDecimal;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Suppression;

/**
 * A published value as the page shows it: the number (decimal comma), "färre än 5" for a suppressed small count,
 * "dolt för att skydda små tal" for a value hidden to protect another, "–" when not given.
 */
public record ShownText(String text, boolean suppressed) {

    static final String SMALL = "färre än 5";
    static final String HIDDEN = "dolt för att skydda små tal";

    /**
     * @param raw the unpublished value, only to tell a small count from a value hidden to protect one; never shown
     */
    static ShownText of(ShownValue value, BigDecimal raw) {
        if (value == null) {
            return new ShownText("–", false);
        }
        if (value instanceof Shown shown) {
            return new ShownText(number(shown.value()), false);
        }
        return new ShownText(Suppression.small(raw) ? SMALL : HIDDEN, true);
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Override
    public String toString() {
        return text;
    }
}
