package se.valdsprevention.workflows.statistics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.workflows.statistics.csv.CsvFiles.POLICE;
import static se.valdsprevention.workflows.statistics.csv.CsvFiles.read;
import static se.valdsprevention.workflows.statistics.csv.CsvFiles.utf8;
import static se.valdsprevention.workflows.statistics.csv.CsvFiles.utf8Bom;
import static se.valdsprevention.workflows.statistics.csv.CsvFiles.windows1252;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Statistics files are read in the encodings and dialects Excel saves them in, and refused clearly otherwise. */
class StatisticsCsvReaderTest {

    /** The first bytes of a 1×1 PNG image. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void theSameTableIsReadAlikeFromEveryEncodingWithItsLettersIntact() {
        for (byte[] file : List.of(utf8Bom(POLICE), utf8(POLICE), windows1252(POLICE))) {
            CsvTable table = StatisticsCsvReader.read(file, "polisen.csv");

            assertThat(table.header()).containsExactly("Indikator", "År", "Kvinnor", "Män", "Totalt", "Källa");
            assertThat(table.lines())
                    .extracting(line -> line.cell(0))
                    .containsExactly("Anmälda misshandelsbrott", "Otrygghet kvällstid (andel)");
            assertThat(table.lines().get(1).cell(1)).isEqualTo("2023–2024");
            assertThat(table.separator()).isEqualTo(';');
        }
        assertThat(StatisticsCsvReader.read(utf8Bom(POLICE), "a.csv").encoding())
                .isEqualTo(TextEncoding.UTF_8_BOM);
        assertThat(StatisticsCsvReader.read(utf8(POLICE), "a.csv").encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(StatisticsCsvReader.read(windows1252(POLICE), "a.csv").encoding())
                .isEqualTo(TextEncoding.WINDOWS_1252);
    }

    @Test
    void aWindows1252FileWithOnlyÅÄÖBeyondAsciiIsNotTakenForUtf8() {
        byte[] file = windows1252("Indikator;År;Kvinnor\nÅsele ärenden öst;2024;5\n");

        CsvTable table = StatisticsCsvReader.read(file, "asele.csv");

        assertThat(table.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(table.lines().get(0).cell(0)).isEqualTo("Åsele ärenden öst");
    }

    @Test
    void theSeparatorIsTheOneOfTheHeaderLineOutsideQuotes() {
        CsvTable commas = read("Indicator,\"Period; years\",Women,Men\nAssaults,2024,\"12,5\",3\n");
        CsvTable semicolons = read("\"Indikator, namn\";\"År, period\";Kvinnor\nMisshandel;2024;5\n");

        assertThat(commas.separator()).isEqualTo(',');
        assertThat(commas.header()).containsExactly("Indicator", "Period; years", "Women", "Men");
        assertThat(commas.lines().get(0).cells()).containsExactly("Assaults", "2024", "12,5", "3");
        assertThat(semicolons.separator()).isEqualTo(';');
        assertThat(semicolons.header()).containsExactly("Indikator, namn", "År, period", "Kvinnor");
    }

    @Test
    void rowsAreNumberedAsExcelShowsThemAcrossBlankRowsTitlesAndLineBreaksInCells() {
        CsvTable table = read("Tabell 3. Anmälda brott;;;\n\nIndikator;År;Totalt;Kommentar\n"
                + "Misshandel;2024;42;\"två\nrader\"\n;;;\nHot;2024;7;\n");

        assertThat(table.headerLine()).isEqualTo(3);
        assertThat(table.lines()).extracting(CsvLine::number).containsExactly(4, 6);
        assertThat(table.lines().get(0).cell(3)).isEqualTo("två\nrader");
    }

    @Test
    void emptyFilesFilesWithOnlyAHeaderAndFilesWithoutAHeaderAreRefusedInSwedish() {
        assertRefused(new byte[0], "är tom");
        assertRefused(utf8Bom(""), "är tom");
        assertRefused(utf8(" \r\n\r\n"), "är tom");
        assertRefused(utf8("Indikator;År;Kvinnor\r\n"), "bara en rubrikrad");
        assertRefused(utf8("Indikator;År;Kvinnor\r\n;;\r\n"), "bara en rubrikrad");
        assertRefused(utf8("2024;12;30\n2023;11;29\n"), "ser ut som värden");
        assertRefused(utf8("bara en kolumn\nvärde\n"), "ingen rubrikrad");
    }

    @Test
    void binaryFilesAreRefusedAsNotCsvWithoutAnyOtherException() {
        assertRefused(PNG, "ingen CSV-fil");
        assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj\u0000".getBytes(StandardCharsets.ISO_8859_1), "ingen CSV-fil");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xFE, 'I', 0, 'n', 0}, "UTF-16");
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1 + random.nextInt(2_000)];
            random.nextBytes(garbage);
            assertThatThrownBy(() -> StatisticsCsvReader.read(garbage, "slump.bin"))
                    .isInstanceOf(CsvFileRejected.class);
        }
    }

    @Test
    void aFileLargerThanOneMebibyteIsRefusedBeforeItIsRead() {
        byte[] large = new byte[StatisticsCsvReader.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        assertRefused(large, "högst 1024 KiB (1 MiB)");
    }

    @Test
    void rowColumnAndCellLimitsAreEachRefusedWithTheirOwnMessage() {
        StringBuilder rows = new StringBuilder("Indikator;År;Totalt\n");
        for (int i = 0; i < StatisticsCsvReader.MAX_ROWS; i++) {
            rows.append("Rad ").append(i).append(";2024;1\n");
        }
        assertThat(read(rows.toString()).lines()).hasSize(StatisticsCsvReader.MAX_ROWS);
        assertRefused(utf8(rows + "En för mycket;2024;1\n"), "fler än 2000 rader");

        String wide = "Indikator;År" + ";K".repeat(StatisticsCsvReader.MAX_COLUMNS - 1) + "\n";
        assertRefused(utf8(wide + "a;2024\n"), "Rad 1 har fler än 50 kolumner");
        assertThat(read("Indikator;År;Totalt;;;;\nMisshandel;2024;3;;;;;;;;\n").header())
                .as("empty cells at the end of a row do not count")
                .hasSize(3);

        String longCell = "x".repeat(StatisticsCsvReader.MAX_CELL + 1);
        assertRefused(
                utf8("Indikator;År;Totalt\n" + longCell + ";2024;1\n"),
                "Rad 2, kolumn ”Indikator”: cellen har 501 tecken; högst 500 kan läsas.");
        assertRefused(utf8("Indikator;År;Totalt\n\"aldrig avslutad;2024;1\n" + "y".repeat(600)), "högst 500");
        assertRefused(utf8(longCell + ";År;Totalt\nHot;2024;1\n"), "Rad 1, kolumn 1: cellen har 501 tecken");
    }

    @Test
    void formulaCellsAreKeptAsTheTextTheyAre() {
        CsvTable table =
                read("Indikator;År;Totalt;Källa\n\"=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\";2024;5;@SUM(A1)\n");

        assertThat(table.lines().get(0).cells())
                .containsExactly("=HYPERLINK(\"http://x\";\"klicka\")", "2024", "5", "@SUM(A1)");
    }

    @Test
    void theLayoutKeyIgnoresCaseAndBlanksButNotTheOrderOfColumns() {
        LayoutKey key = read("Indikator;År;Kvinnor\nx;2024;1\n").layoutKey();

        assertThat(read(" INDIKATOR ;år;kvinnor \ny;2023;2\n").layoutKey()).isEqualTo(key);
        assertThat(read("År;Indikator;Kvinnor\n2024;x;1\n").layoutKey()).isNotEqualTo(key);
        assertThat(key.value()).hasSize(64).matches("[0-9a-f]+");
        assertThat(LayoutKey.of(List.of("Ma\u0308n"))).as("decomposed ä").isEqualTo(LayoutKey.of(List.of("Män")));
    }

    private static void assertRefused(byte[] file, String message) {
        assertThatThrownBy(() -> StatisticsCsvReader.read(file, "fil.csv"))
                .isInstanceOf(CsvFileRejected.class)
                .hasMessageContaining(message);
    }
}
