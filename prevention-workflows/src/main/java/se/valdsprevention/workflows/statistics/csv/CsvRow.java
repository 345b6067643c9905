package se.valdsprevention.workflows.statistics.csv;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row of a statistics file with its columns mapped: an indicator's values for one period. A value that was not
 * given (an empty cell, or a missing mark such as ".." or "–") is null, never zero; at least one value is given.
 * Text is as written in the file, formula-like text included: write it out through {@link ExcelCsvWriter}.
 *
 * @param line the row number as Excel shows it
 * @param source null when no source column is mapped or the cell is empty
 */
public record CsvRow(
        int line, String indicator, Years period, BigDecimal women, BigDecimal men, BigDecimal total, String source) {

    public CsvRow {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        if (women == null && men == null && total == null) {
            throw new IllegalArgumentException("a row gives at least one of women, men and total");
        }
    }
}
