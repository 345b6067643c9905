package se.valdsprevention.workflows.statistics.csv;

import java.util.List;

/**
 * What a {@link ColumnMapping} made of a file: the rows that could be read and the problems of the others (and of
 * the mapping), in the order of the file.
 */
public record MappedRows(List<CsvRow> rows, List<CsvError> errors) {

    public MappedRows {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** Whether every row was read. */
    public boolean valid() {
        return errors.isEmpty();
    }
}
