package se.valdsprevention.workflows.statistics.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that a Swedish Excel opens as a table: UTF-8 with a byte order mark (so å, ä and ö come out right),
 * {@code ;} between cells, CRLF after each row, decimal comma. A cell that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}
 * and is shown as text; a plain number such as "-3,5" is left as it is.
 */
public final class ExcelCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(,\\d+)?");

    private ExcelCsvWriter() {}

    /** The file of a header row and these rows; a null cell is written empty. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(TextEncoding.bom());
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(ExcelCsvWriter::neutralised));
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(ExcelCsvWriter::neutralised));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** The cell as it is safe to give a spreadsheet: formula-like text gets a leading {@code '}. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formulaLike =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (formulaLike && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }

    /** The number with a decimal comma and no exponent or trailing zeros: 12,5; 1234; 0. */
    public static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
