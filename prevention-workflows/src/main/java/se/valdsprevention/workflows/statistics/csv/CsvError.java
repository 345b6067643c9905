package se.valdsprevention.workflows.statistics.csv;

/**
 * A problem of a mapped file: of a cell (line and column), a row (line only) or the mapping itself (neither).
 *
 * @param line the row number as Excel shows it, or 0 for the mapping
 * @param column the column as {@link CsvTable#columnName} names it, or null
 * @param message Swedish, without the row and column
 */
public record CsvError(int line, String column, String message) {

    /** For example: Rad 7, kolumn ”Kvinnor”: ”12x” är inget tal. */
    public String text() {
        if (line == 0) {
            return message;
        }
        return "Rad " + line + (column == null ? "" : ", kolumn " + column) + ": " + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
