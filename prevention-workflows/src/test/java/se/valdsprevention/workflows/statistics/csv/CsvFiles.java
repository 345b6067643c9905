package se.valdsprevention.workflows.statistics.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Files as Excel and other tools save them: the same text as bytes in each encoding. */
final class CsvFiles {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A police export saved by a Swedish Excel: semicolons, decimal comma, CRLF. */
    static final String POLICE = "Indikator;År;Kvinnor;Män;Totalt;Källa\r\n"
            + "Anmälda misshandelsbrott;2024;12;30;42;Polisen\r\n"
            + "Otrygghet kvällstid (andel);2023–2024;38,5;14,2;..;NTU\r\n";

    private CsvFiles() {}

    /** "CSV UTF-8" from Excel: a byte order mark, then UTF-8. */
    static byte[] utf8Bom(String text) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** UTF-8 without a byte order mark, as LibreOffice or a script writes it. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Plain "CSV" from a Swedish Windows Excel. */
    static byte[] windows1252(String text) {
        return text.getBytes(WINDOWS_1252);
    }

    static CsvTable read(String text) {
        return StatisticsCsvReader.read(utf8(text), "test.csv");
    }
}
