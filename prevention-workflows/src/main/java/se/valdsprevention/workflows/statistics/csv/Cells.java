package se.valdsprevention.workflows.statistics.csv;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The values of cells as Swedish and English Excel write them, and SCB's and Brå's marks for a missing value. */
final class Cells {

    /** ".." not available, "." not applicable, dashes: all mean "no value", never zero. */
    static final Set<String> MISSING = Set.of("..", ".", "-", "–", "—", "…");

    /**
     * An optional sign, digits (groups of three may be separated by a space, a no-break space or a narrow no-break
     * space) and an optional decimal comma or point: "12", "12,5", "12.5", "1 234,5", "-3".
     */
    private static final Pattern NUMBER =
            Pattern.compile("([+\\-−]?)(\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+|\\d+)(?:[.,](\\d+))?");

    private static final Pattern SURROUNDING_BLANKS =
            Pattern.compile("^[\\s\u00A0\u202F\uFEFF]+|[\\s\u00A0\u202F\uFEFF]+$");

    private Cells() {}

    /** The cell without surrounding blanks, no-break spaces included (Excel writes them in "1 000"). */
    static String strip(String cell) {
        return SURROUNDING_BLANKS.matcher(cell).replaceAll("");
    }

    /** Whether the cell is one of the marks for a missing value. */
    static boolean missing(String cell) {
        return MISSING.contains(cell.strip());
    }

    /** The number the cell holds, negative numbers included; empty when it is not a number. */
    static Optional<BigDecimal> number(String cell) {
        var matcher = NUMBER.matcher(cell.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2).replaceAll("[ \u00A0\u202F]", "");
        String decimals = matcher.group(3);
        String sign = matcher.group(1).isEmpty() || matcher.group(1).equals("+") ? "" : "-";
        return Optional.of(new BigDecimal(sign + digits + (decimals == null ? "" : "." + decimals)));
    }

    /** The cell as a message quotes it, at most 40 characters. */
    static String quoted(String cell) {
        return "”" + (cell.length() > 40 ? cell.substring(0, 40) + "…" : cell) + "”";
    }
}
