package se.valdsprevention.web.situation;

import java.math.BigDecimal;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Suppressed;

/**
 * A published value as the page shows it: the number (decimal comma), "färre än 5" for a suppressed small count,
 * "dolt för att skydda små tal" for a value hidden to protect another, "–" when not given.
 */
public record ShownText(String text, boolean suppressed) {

    static final String SMALL = Suppressed.SMALL_COUNT.label();
    static final String HIDDEN = Suppressed.PROTECTING.label();

    /** @param raw the unpublished value; unused, core's published value says why it is withheld */
    static ShownText of(ShownValue value, BigDecimal raw) {
        if (value == null) {
            return new ShownText("–", false);
        }
        if (value instanceof Shown shown) {
            return new ShownText(number(shown.value()), false);
        }
        return new ShownText(((Suppressed) value).label(), true);
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Override
    public String toString() {
        return text;
    }
}
