package se.valdsprevention.web.charts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Swedish readers write them: a decimal comma, a space between thousands, at most two decimals. */
final class SwedishNumbers {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishNumbers() {}

    /** A new format (formats are not thread-safe). */
    static NumberFormat format() {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(2);
        return format;
    }

    static String format(BigDecimal value) {
        return format().format(value);
    }
}
