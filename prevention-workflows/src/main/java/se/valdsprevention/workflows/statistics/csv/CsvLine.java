package se.valdsprevention.workflows.statistics.csv;

import java.util.List;

/**
 * One row of a file as read: its row number as Excel shows it (the header is row 1 when it is the first row) and
 * its cells, stripped of surrounding blanks.
 */
public record CsvLine(int number, List<String> cells) {

    public CsvLine {
        if (number < 1) {
            throw new IllegalArgumentException("number: rows are counted from 1, got " + number);
        }
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (from 0), or an empty string when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
