package se.valdsprevention.workflows.statistics.csv;

/**
 * A file that cannot be read as a statistics table at all (empty, too large, not text, no header row); the message
 * is in Swedish and says what to do. Problems in single rows are not refusals of the file: see {@link MappedRows}.
 */
public final class CsvFileRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CsvFileRejected(String swedishMessage) {
        super(swedishMessage);
    }
}
