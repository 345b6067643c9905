package se.valdsprevention.workflows.statistics.csv;

import java.util.List;
import java.util.Objects;

/**
 * A statistics file as read by {@link StatisticsCsvReader}: how it was encoded and separated, its header and its
 * rows with values (blank rows left out). Cells are text as written; map them with a {@link ColumnMapping}.
 *
 * @param headerLine the row number of the header, 1 unless blank or title rows come first
 */
public record CsvTable(
        String fileName,
        TextEncoding encoding,
        char separator,
        int headerLine,
        List<String> header,
        List<CsvLine> lines) {

    private static final int SHOWN_HEADER_MAX = 60;

    public CsvTable {
        Objects.requireNonNull(encoding, "encoding");
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    /** The key of this file's layout, under which its column mapping is saved. */
    public LayoutKey layoutKey() {
        return LayoutKey.of(header);
    }

    /** The column as messages name it: {@code ”Kvinnor”}, or {@code 3} for a column without a name. */
    public String columnName(int index) {
        return columnName(header, index);
    }

    static String columnName(List<String> header, int index) {
        String name = index < header.size() ? header.get(index) : "";
        if (name.isBlank()) {
            return String.valueOf(index + 1);
        }
        return "”" + (name.length() > SHOWN_HEADER_MAX ? name.substring(0, SHOWN_HEADER_MAX) + "…" : name) + "”";
    }
}
