package se.valdsprevention.workflows.statistics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV is written in the dialect a Swedish Excel opens as a table, and never as formulas it would run. */
class ExcelCsvWriterTest {

    @Test
    void theFileHasABomSemicolonsCrlfAndDecimalCommas() {
        byte[] file = ExcelCsvWriter.write(
                List.of("Indikator", "Totalt"),
                List.of(List.of("Åsele; öster", ExcelCsvWriter.number(new BigDecimal("12.50")))));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Indikator;Totalt\r\n\"Åsele; öster\";12,5\r\n");
    }

    @Test
    void formulaLikeCellsGetALeadingApostropheButPlainNumbersDoNot() {
        assertThat(List.of("=HYPERLINK(\"http://x\")", "+46", "-1+1", "@SUM(A1)", "\tx", "\rx"))
                .allSatisfy(cell -> assertThat(ExcelCsvWriter.neutralised(cell)).isEqualTo("'" + cell));
        assertThat(ExcelCsvWriter.neutralised("-3,5")).isEqualTo("-3,5");
        assertThat(ExcelCsvWriter.neutralised("Kränkningar")).isEqualTo("Kränkningar");
        assertThat(ExcelCsvWriter.neutralised(null)).isEmpty();
        assertThat(ExcelCsvWriter.number(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() {
        byte[] file = ExcelCsvWriter.write(
                List.of("Indikator", "År", "Kvinnor", "Källa"),
                List.of(
                        List.of("Hot \"grovt\"", "2024", "12,5", "Polisen"),
                        Arrays.asList("=1+1", "2023–2024", null, "två\nrader")));

        CsvTable table = StatisticsCsvReader.read(file, "export.csv");

        assertThat(table.encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
        assertThat(table.lines().get(0).cells()).containsExactly("Hot \"grovt\"", "2024", "12,5", "Polisen");
        assertThat(table.lines().get(1).cells()).containsExactly("'=1+1", "2023–2024", "", "två\nrader");
    }
}
