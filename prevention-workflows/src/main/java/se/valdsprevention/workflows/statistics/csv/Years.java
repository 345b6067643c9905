package se.valdsprevention.workflows.statistics.csv;

import java.util.Optional;
import java.util.regex.Pattern;

/** The period of a statistics row: one year ("2024") or a range of years ("2023–2024"), both inclusive. */
public record Years(int first, int last) {

    static final int EARLIEST = 1900;
    static final int LATEST = 2100;

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?");

    public Years {
        if (first < EARLIEST || last > LATEST || last < first) {
            throw new IllegalArgumentException(
                    "years: " + first + "–" + last + " is not a range of years from " + EARLIEST + " to " + LATEST);
        }
    }

    /** The years a cell gives: "2024", "2023–2024", "2023-2024" or "2023 - 2024"; empty for anything else. */
    public static Optional<Years> parse(String cell) {
        var matcher = YEARS.matcher(cell.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
        if (first < EARLIEST || last > LATEST || last < first) {
            return Optional.empty();
        }
        return Optional.of(new Years(first, last));
    }

    /** "2024", or "2023–2024" with an en dash. */
    @Override
    public String toString() {
        return first == last ? String.valueOf(first) : first + "–" + last;
    }
}
