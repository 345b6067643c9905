package se.valdsprevention.workflows.statistics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.valdsprevention.workflows.statistics.csv.CsvFiles.POLICE;
import static se.valdsprevention.workflows.statistics.csv.CsvFiles.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A column mapping turns a file's rows into indicator rows, and names the row and column of every problem. */
class CsvColumnMappingTest {

    @Test
    void theMappingIsGuessedFromSwedishAndEnglishHeaderNamesInAnyCase() {
        assertThat(ColumnMapping.guess(List.of("Indikator", "År", "Kvinnor", "Män", "Totalt", "Källa")))
                .isEqualTo(new ColumnMapping(0, 1, 2, 3, 4, 5));
        assertThat(ColumnMapping.guess(List.of("KÄLLA", "nyckeltal", "PERIOD", "Flickor", "Pojkar", "Alla")))
                .isEqualTo(new ColumnMapping(1, 2, 3, 4, 5, 0));
        assertThat(ColumnMapping.guess(List.of("Indicator", "Year", "Women", "Men", "Total", "Source")))
                .isEqualTo(new ColumnMapping(0, 1, 2, 3, 4, 5));
        assertThat(ColumnMapping.guess(List.of("Region", "Nyckeltal", "Mätår", "Antal kvinnor", "Antal män")))
                .isEqualTo(new ColumnMapping(1, 2, 3, 4, null, null));
        assertThat(ColumnMapping.guess(List.of("Antal kvinnor", "Kvinnor")))
                .as("an exact name wins over one that only contains it")
                .isEqualTo(new ColumnMapping(null, null, 1, null, null, null));
        assertThat(ColumnMapping.guess(List.of("Kommun", "Befolkning"))).isEqualTo(ColumnMapping.of(Map.of()));
    }

    @Test
    void rowsComeWithTheirExcelLineDecimalCommaOrPointAndMissingMarksAsNotGiven() {
        CsvTable table = read("Indikator;År;Kvinnor;Män;Totalt;Källa\n"
                + "Misshandel;2024;12,5;12.5;1 234,5;Polisen\n"
                + "Hot;2023-2024;..;-;–;\n"
                + "Otrygghet;2023 – 2024;\u00A01\u00A0000;;3;SCB\n");

        MappedRows mapped = ColumnMapping.guess(table.header()).apply(table);

        assertThat(mapped.errors())
                .extracting(CsvError::text)
                .containsExactly("Rad 3: varken kvinnor, män eller" + " totalt har något värde på raden.");
        assertThat(mapped.rows()).hasSize(2);
        CsvRow assaults = mapped.rows().get(0);
        assertThat(assaults.line()).isEqualTo(2);
        assertThat(assaults.period()).isEqualTo(new Years(2024, 2024));
        assertThat(assaults.women()).isEqualByComparingTo("12.5");
        assertThat(assaults.men()).isEqualByComparingTo("12.5");
        assertThat(assaults.total()).isEqualByComparingTo("1234.5");
        assertThat(assaults.source()).isEqualTo("Polisen");
        CsvRow insecurity = mapped.rows().get(1);
        assertThat(insecurity.period()).hasToString("2023–2024");
        assertThat(insecurity.women()).isEqualByComparingTo("1000");
        assertThat(insecurity.men()).as("an empty cell is not given").isNull();
        assertThat(insecurity.source()).isEqualTo("SCB");
    }

    @Test
    void scbsMissingMarksAreNeverZero() {
        CsvTable table = read("Indikator;År;Kvinnor;Män;Totalt\nHot;2024;..;–;7\nVåld;2024;-;.;8\n");

        MappedRows mapped = ColumnMapping.guess(table.header()).apply(table);

        assertThat(mapped.valid()).isTrue();
        assertThat(mapped.rows())
                .extracting(CsvRow::women, CsvRow::men, CsvRow::total)
                .containsExactly(tuple(null, null, new BigDecimal("7")), tuple(null, null, new BigDecimal("8")));
    }

    @Test
    void everyBadCellIsNamedByItsRowAndItsSwedishColumnHeader() {
        CsvTable table = read("Indikator;År;Kvinnor;Män;Totalt;Källa\n"
                + "Misshandel;2024;1;2;3;Polisen\n"
                + "Hot;2024;1;2;3;\n"
                + "Rån;2024;1;2;3\n"
                + "Stöld;2024;1;2;3\n"
                + ";2024;1;2;3\n"
                + "Kränkningar;2024;12x;2;3\n"
                + "Bedrägeri;2024;-4;2;3\n"
                + "Skadegörelse;20x4;1;2;3\n"
                + "Misshandel;2024;5;6;11\n"
                + "Ofredande;;1;2;3\n"
                + "x".repeat(201) + ";2024;1;2;3\n"
                + "Hot mot tjänsteman;2024;1;2;3;Polisen;extra\n"
                + "Olaga hot;2024;1;2;3;" + "k".repeat(250) + "\n");

        MappedRows mapped = ColumnMapping.guess(table.header()).apply(table);

        assertThat(mapped.errors())
                .extracting(CsvError::text)
                .containsExactly(
                        "Rad 6, kolumn ”Indikator”: indikatorns namn saknas.",
                        "Rad 7, kolumn ”Kvinnor”: ”12x” är inget tal.",
                        "Rad 8, kolumn ”Kvinnor”: ”-4” är negativt; värdena får inte vara negativa.",
                        "Rad 9, kolumn ”År”: ”20x4” är inget år eller period (till exempel 2024 eller 2023–2024).",
                        "Rad 10: indikatorn ”Misshandel” för 2024 finns redan på rad 2.",
                        "Rad 11, kolumn ”År”: perioden saknas.",
                        "Rad 12, kolumn ”Indikator”: texten har 201 tecken; högst 200 får plats.",
                        "Rad 13: raden har 7 celler men rubrikraden bara 6 kolumner. Kontrollera att inga värden har"
                                + " hamnat utanför tabellen.",
                        "Rad 14, kolumn ”Källa”: texten har 250 tecken; högst 200 får plats.");
        assertThat(mapped.rows()).extracting(CsvRow::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void theSameIndicatorInAnotherPeriodOrOtherCaseAndSpacingIsCountedRight() {
        CsvTable table = read("Indikator;År;Totalt\nMisshandel;2023;1\nMisshandel;2024;2\nmisshandel  ;2024;3\n");

        MappedRows mapped = ColumnMapping.guess(table.header()).apply(table);

        assertThat(mapped.rows()).extracting(CsvRow::line).containsExactly(2, 3);
        assertThat(mapped.errors()).extracting(CsvError::line).containsExactly(4);
    }

    @Test
    void aMappingWithoutItsRequiredColumnsSaysWhichOnesAreMissing() {
        CsvTable table = read(POLICE);

        MappedRows mapped = new ColumnMapping(null, 1, null, null, null, 5).apply(table);

        assertThat(mapped.rows()).isEmpty();
        assertThat(mapped.errors())
                .extracting(CsvError::text)
                .containsExactly(
                        "Välj vilken kolumn som är ”Indikator”.",
                        "Välj minst en kolumn för ”Kvinnor”, ”Män” eller ”Totalt”.");
        assertThat(new ColumnMapping(0, 1, 9, null, null, null).apply(table).errors())
                .extracting(CsvError::text)
                .containsExactly("Kolumnen som är vald för ”Kvinnor” finns inte i filen; den har 6 kolumner.");
    }

    @Test
    void aColumnHoldsOneFieldAndColumnsAreWithinTheFileLimit() {
        assertThatThrownBy(() -> new ColumnMapping(0, 1, 2, 2, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already mapped to WOMEN");
        assertThatThrownBy(() -> new ColumnMapping(0, -1, 2, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnMapping(0, 1, StatisticsCsvReader.MAX_COLUMNS, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formulaLikeNamesAndSourcesAreKeptAsText() {
        CsvTable table = read("Indikator;År;Totalt;Källa\n\"=HYPERLINK(\"\"http://x\"\")\";2024;5;+46 70\n"
                + "@Kränkningar;2024;6;-Polisen\n");

        MappedRows mapped = ColumnMapping.guess(table.header()).apply(table);

        assertThat(mapped.rows())
                .extracting(CsvRow::indicator, CsvRow::source)
                .containsExactly(tuple("=HYPERLINK(\"http://x\")", "+46 70"), tuple("@Kränkningar", "-Polisen"));
    }
}
