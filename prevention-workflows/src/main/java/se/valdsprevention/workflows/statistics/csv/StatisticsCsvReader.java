package se.valdsprevention.workflows.statistics.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a statistics file as Excel saves it: UTF-8 with or without a byte order mark, or Windows-1252; cells
 * separated by {@code ;} (Swedish Excel) or {@code ,}, as the header row shows; quotes as Excel writes them. The
 * first row with at least two cells is the header (title rows above it are skipped). Every refusal is a {@link
 * CsvFileRejected} with a Swedish message; nothing else is thrown for any content.
 */
public final class StatisticsCsvReader {

    /** The largest file read: 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The most rows with values after the header. */
    public static final int MAX_ROWS = 2_000;
    /** The most columns of a row. */
    public static final int MAX_COLUMNS = 50;
    /** The longest cell, in characters. */
    public static final int MAX_CELL = 500;

    private static final String NOT_CSV = "Filen ”%s” är ingen CSV-fil. Spara tabellen i Excel med ”Spara som” och"
            + " filformatet ”CSV UTF-8 (kommaavgränsad)” eller ”CSV (semikolonavgränsad)” och försök igen.";

    private StatisticsCsvReader() {}

    /**
     * The table in {@code content}.
     *
     * @param fileName the name the file was uploaded with, for messages; may be null
     * @throws CsvFileRejected when the file is empty, larger than {@link #MAX_BYTES}, not text, has no header row or
     *     no rows, or exceeds {@link #MAX_ROWS}, {@link #MAX_COLUMNS} or {@link #MAX_CELL}
     */
    public static CsvTable read(byte[] content, String fileName) {
        String name = shownName(fileName);
        if (content == null || content.length == 0) {
            throw new CsvFileRejected("Filen ”" + name + "” är tom.");
        }
        if (content.length > MAX_BYTES) {
            throw new CsvFileRejected("Filen ”" + name + "” är " + kib(content.length) + " KiB; högst " + kib(MAX_BYTES)
                    + " KiB (1 MiB) kan läsas. Dela upp tabellen i flera filer.");
        }
        if (utf16(content)) {
            throw new CsvFileRejected("Filen ”" + name + "” är sparad som Unicode-text (UTF-16). Spara den i Excel"
                    + " som ”CSV UTF-8 (kommaavgränsad)” och försök igen.");
        }
        TextEncoding encoding = TextEncoding.of(content);
        String text = encoding.decode(content);
        if (!looksLikeText(text)) {
            throw new CsvFileRejected(NOT_CSV.formatted(name));
        }
        if (text.isBlank()) {
            throw new CsvFileRejected("Filen ”" + name + "” är tom.");
        }
        char separator = separator(firstNonBlankLine(text));
        return parse(text, encoding, separator, fileName == null ? "" : fileName, name);
    }

    private static CsvTable parse(String text, TextEncoding encoding, char separator, String fileName, String name) {
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separator).get();
        List<String> header = null;
        int headerLine = 0;
        List<CsvLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int number = Math.toIntExact(record.getRecordNumber());
                List<String> cells = cells(record, number, header);
                if (cells.isEmpty()) {
                    continue;
                }
                if (header == null) {
                    if (cells.stream().filter(cell -> !cell.isEmpty()).count() >= 2) {
                        header = cells;
                        headerLine = number;
                    }
                    continue;
                }
                if (lines.size() == MAX_ROWS) {
                    throw new CsvFileRejected("Filen ”" + name + "” har fler än " + MAX_ROWS
                            + " rader med värden. Dela upp tabellen i flera filer.");
                }
                lines.add(new CsvLine(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new CsvFileRejected(NOT_CSV.formatted(name));
        }
        if (header == null) {
            throw new CsvFileRejected("Filen ”" + name + "” har ingen rubrikrad med kolumner avgränsade med"
                    + " semikolon (;) eller komma (,). Första raden ska ge kolumnernas namn, till exempel"
                    + " Indikator;År;Kvinnor;Män;Totalt.");
        }
        if (header.stream().allMatch(StatisticsCsvReader::valueLike)) {
            throw new CsvFileRejected("Rad " + headerLine + " i filen ”" + name + "” ser ut som värden, inte som"
                    + " rubriker. Första raden ska ge kolumnernas namn, till exempel Indikator;År;Kvinnor;Män;Totalt.");
        }
        if (lines.isEmpty()) {
            throw new CsvFileRejected("Filen ”" + name + "” har bara en rubrikrad och inga rader med värden.");
        }
        return new CsvTable(fileName, encoding, separator, headerLine, header, lines);
    }

    /**
     * The record's cells, stripped, without empty cells at its end; empty for a blank row.
     *
     * @param header the header's cells, to name columns in messages; null while the header is not found yet
     */
    private static List<String> cells(CSVRecord record, int number, List<String> header) {
        if (record.size() > MAX_COLUMNS && !blankFrom(record, MAX_COLUMNS)) {
            throw new CsvFileRejected("Rad " + number + " har fler än " + MAX_COLUMNS + " kolumner; högst "
                    + MAX_COLUMNS + " kan läsas.");
        }
        List<String> cells = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i);
            if (cell.length() > MAX_CELL) {
                String column = header == null ? String.valueOf(i + 1) : CsvTable.columnName(header, i);
                throw new CsvFileRejected("Rad " + number + ", kolumn " + column + ": cellen har " + cell.length()
                        + " tecken; högst " + MAX_CELL + " kan läsas.");
            }
            String stripped = Cells.strip(cell);
            if (i < MAX_COLUMNS) {
                cells.add(stripped);
            }
            if (!stripped.isEmpty()) {
                last = i;
            }
        }
        return List.copyOf(cells.subList(0, last + 1));
    }

    private static boolean blankFrom(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** {@code ;} or {@code ,}, whichever the line has more of outside quotes; {@code ;} on a tie. */
    static char separator(String line) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The first line with more than blanks, up to a line break outside quotes. */
    private static String firstNonBlankLine(String text) {
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                String line = text.substring(start, i);
                if (!line.isBlank()) {
                    return line;
                }
                start = i + 1;
            }
        }
        return text.substring(start);
    }

    /** Text has no control characters but tab and line breaks, and no undecodable bytes. */
    private static boolean looksLikeText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    private static boolean utf16(byte[] content) {
        return content.length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF));
    }

    private static boolean valueLike(String cell) {
        return cell.isEmpty()
                || Cells.number(cell).isPresent()
                || Cells.missing(cell)
                || Years.parse(cell).isPresent();
    }

    private static String shownName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "utan namn";
        }
        String stripped = fileName.strip();
        return stripped.length() > 80 ? stripped.substring(0, 80) + "…" : stripped;
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
