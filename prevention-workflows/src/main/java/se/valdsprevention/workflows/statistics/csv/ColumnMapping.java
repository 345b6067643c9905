package se.valdsprevention.workflows.statistics.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which column (counted from 0) of a file holds which {@link Field}; null where no column does. Indicator and period
 * are required and at least one of women, men and total, but an incomplete mapping can be made (a guess may be
 * one): {@link #apply} reports what is missing. A column holds at most one field.
 */
public record ColumnMapping(
        Integer indicator, Integer period, Integer women, Integer men, Integer total, Integer source) {

    /** The longest indicator name or source, as in a situation picture. */
    public static final int TEXT_MAX = 200;

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public ColumnMapping {
        Map<Integer, Field> used = new HashMap<>();
        Integer[] columns = {indicator, period, women, men, total, source};
        for (Field field : Field.values()) {
            Integer column = columns[field.ordinal()];
            if (column == null) {
                continue;
            }
            if (column < 0 || column >= StatisticsCsvReader.MAX_COLUMNS) {
                throw new IllegalArgumentException(
                        field + ": column " + column + " is not one of 0 to " + (StatisticsCsvReader.MAX_COLUMNS - 1));
            }
            Field earlier = used.putIfAbsent(column, field);
            if (earlier != null) {
                throw new IllegalArgumentException(field + ": column " + column + " is already mapped to " + earlier
                        + "; a column holds one field");
            }
        }
    }

    /** A mapping of these fields; fields left out have no column. */
    public static ColumnMapping of(Map<Field, Integer> columns) {
        return new ColumnMapping(
                columns.get(Field.INDICATOR),
                columns.get(Field.PERIOD),
                columns.get(Field.WOMEN),
                columns.get(Field.MEN),
                columns.get(Field.TOTAL),
                columns.get(Field.SOURCE));
    }

    /**
     * The mapping the header names suggest, in Swedish or English, whatever their case: "Indikator" or "Nyckeltal",
     * "År" or "Period", "Kvinnor" or "Flickor", "Män" or "Pojkar", "Totalt" or "Alla", "Källa". A header that is
     * exactly such a name wins over one that only contains it ("Antal kvinnor"); each column is used once.
     */
    public static ColumnMapping guess(List<String> header) {
        List<String> names = header.stream().map(LayoutKey::normalized).toList();
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            for (int i = 0; i < names.size() && !found.containsKey(field); i++) {
                if (!found.containsValue(i) && field.names().contains(names.get(i))) {
                    found.put(field, i);
                }
            }
        }
        for (Field field : List.of(Field.WOMEN, Field.MEN, Field.TOTAL, Field.INDICATOR, Field.SOURCE, Field.PERIOD)) {
            for (int i = 0; i < names.size() && !found.containsKey(field) && i < StatisticsCsvReader.MAX_COLUMNS; i++) {
                if (!found.containsValue(i) && containsName(names.get(i), field)) {
                    found.put(field, i);
                }
            }
        }
        found.values().removeIf(column -> column >= StatisticsCsvReader.MAX_COLUMNS);
        return of(found);
    }

    /** The column of {@code field}, if one is mapped. */
    public Optional<Integer> column(Field field) {
        Integer[] columns = {indicator, period, women, men, total, source};
        return Optional.ofNullable(columns[field.ordinal()]);
    }

    /**
     * The rows of {@code table} read with this mapping, and the problems: an unmapped or absent required column,
     * an empty or too long name, a period or value that cannot be read, a negative value, a row without any value,
     * an indicator given twice for the same period, a row with more cells than the header.
     */
    public MappedRows apply(CsvTable table) {
        List<CsvError> errors = mappingErrors(table);
        if (!errors.isEmpty()) {
            return new MappedRows(List.of(), errors);
        }
        List<CsvRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvLine line : table.lines()) {
            List<CsvError> problems = new ArrayList<>();
            CsvRow row = row(table, line, problems);
            if (row != null) {
                String key = row.indicator().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + "\u001f" + row.period();
                Integer first = seen.putIfAbsent(key, line.number());
                if (first != null) {
                    problems.add(new CsvError(
                            line.number(),
                            null,
                            "indikatorn " + Cells.quoted(row.indicator()) + " för " + row.period()
                                    + " finns redan på rad " + first + "."));
                } else {
                    rows.add(row);
                }
            }
            errors.addAll(problems);
        }
        return new MappedRows(rows, errors);
    }

    private List<CsvError> mappingErrors(CsvTable table) {
        List<CsvError> errors = new ArrayList<>();
        for (Field field : Field.values()) {
            Optional<Integer> column = column(field);
            if (column.isEmpty() && field.required()) {
                errors.add(new CsvError(0, null, "Välj vilken kolumn som är ”" + field.label() + "”."));
            }
            if (column.isPresent() && column.get() >= table.header().size()) {
                errors.add(new CsvError(
                        0,
                        null,
                        "Kolumnen som är vald för ”" + field.label() + "” finns inte i filen; den har "
                                + table.header().size() + " kolumner."));
            }
        }
        if (women == null && men == null && total == null) {
            errors.add(new CsvError(0, null, "Välj minst en kolumn för ”Kvinnor”, ”Män” eller ”Totalt”."));
        }
        return errors;
    }

    /** The row, or null when it has problems (added to {@code problems}). */
    private CsvRow row(CsvTable table, CsvLine line, List<CsvError> problems) {
        int width = table.header().size();
        if (line.cells().size() > width) {
            problems.add(new CsvError(
                    line.number(),
                    null,
                    "raden har " + line.cells().size() + " celler men rubrikraden bara " + width
                            + " kolumner. Kontrollera att inga värden har hamnat utanför tabellen."));
        }
        String name = text(table, line, Field.INDICATOR, problems);
        if (name != null && name.isEmpty()) {
            problems.add(error(table, line, Field.INDICATOR, "indikatorns namn saknas."));
        }
        Years period = period(table, line, problems);
        BigDecimal womenValue = value(table, line, Field.WOMEN, problems);
        BigDecimal menValue = value(table, line, Field.MEN, problems);
        BigDecimal totalValue = value(table, line, Field.TOTAL, problems);
        String sourceText = text(table, line, Field.SOURCE, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        if (womenValue == null && menValue == null && totalValue == null) {
            problems.add(
                    new CsvError(line.number(), null, "varken kvinnor, män eller totalt har något värde på raden."));
            return null;
        }
        return new CsvRow(
                line.number(),
                name,
                period,
                womenValue,
                menValue,
                totalValue,
                sourceText == null || sourceText.isEmpty() ? null : sourceText);
    }

    private String text(CsvTable table, CsvLine line, Field field, List<CsvError> problems) {
        Optional<Integer> column = column(field);
        if (column.isEmpty()) {
            return null;
        }
        String cell = line.cell(column.get());
        if (cell.length() > TEXT_MAX) {
            problems.add(error(
                    table, line, field, "texten har " + cell.length() + " tecken; högst " + TEXT_MAX + " får plats."));
            return null;
        }
        return cell;
    }

    private Years period(CsvTable table, CsvLine line, List<CsvError> problems) {
        String cell = line.cell(period);
        if (cell.isEmpty()) {
            problems.add(error(table, line, Field.PERIOD, "perioden saknas."));
            return null;
        }
        Optional<Years> years = Years.parse(cell);
        if (years.isEmpty()) {
            problems.add(error(
                    table,
                    line,
                    Field.PERIOD,
                    Cells.quoted(cell) + " är inget år eller period (till exempel 2024 eller 2023–2024)."));
            return null;
        }
        return years.get();
    }

    private BigDecimal value(CsvTable table, CsvLine line, Field field, List<CsvError> problems) {
        Optional<Integer> column = column(field);
        if (column.isEmpty()) {
            return null;
        }
        String cell = line.cell(column.get());
        if (cell.isEmpty() || Cells.missing(cell)) {
            return null;
        }
        Optional<BigDecimal> number = Cells.number(cell);
        if (number.isEmpty()) {
            problems.add(error(table, line, field, Cells.quoted(cell) + " är inget tal."));
            return null;
        }
        if (number.get().signum() < 0) {
            problems.add(
                    error(table, line, field, Cells.quoted(cell) + " är negativt; värdena får inte vara negativa."));
            return null;
        }
        return number.get();
    }

    private CsvError error(CsvTable table, CsvLine line, Field field, String message) {
        return new CsvError(line.number(), table.columnName(column(field).orElseThrow()), message);
    }

    private static boolean containsName(String header, Field field) {
        List<String> words = List.of(WORDS.split(header));
        return field.names().stream()
                .filter(name -> name.length() >= 3)
                .anyMatch(name -> name.contains(" ") ? header.contains(name) : words.contains(name));
    }
}
