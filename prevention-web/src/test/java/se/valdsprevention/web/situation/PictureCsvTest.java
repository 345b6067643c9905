package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.workflows.statistics.csv.ColumnMapping;
import se.valdsprevention.workflows.statistics.csv.StatisticsCsvReader;

/** The CSV writer sees only the publishable picture: no raw small count can reach the file. */
class PictureCsvTest {

    @Test
    void noRawCountOfOneToFourIsEverWrittenWhateverTheSplit() {
        for (int small = 1; small <= 4; small++) {
            String raw = String.valueOf(small);
            SituationPicture picture = picture(
                    count("small-women", raw, "20", String.valueOf(20 + small)),
                    count("small-men", "20", raw, null),
                    count("small-total", null, null, raw));

            String csv = text(PictureCsv.write(picture.publishable()));

            for (String row : csv.split("\r\n")) {
                List<String> cells = Arrays.asList(row.split(";", -1));
                assertThat(cells).as(row).doesNotContain(raw);
            }
            assertThat(csv).contains("färre än 5").contains("dolt för att skydda små tal");
        }
    }

    @Test
    void valuesThatAreNeverSuppressedAreWrittenWithADecimalComma() {
        Indicator percent = new Indicator(
                "otrygghet",
                "Otrygghet kvällstid",
                "NTU",
                Unit.PERCENT,
                false,
                null,
                new BigDecimal("3"),
                new BigDecimal("12.50"),
                null,
                null);

        String csv = text(PictureCsv.write(picture(percent).publishable()));

        assertThat(csv.split("\r\n")[1]).isEqualTo("Otrygghet kvällstid;2025;NTU;procent;nej;;3;12,5;;");
    }

    @Test
    void theFileReadsBackWithTheStatisticsReaderAndItsColumnsAreGuessed() {
        byte[] file =
                PictureCsv.write(picture(count("misshandel", "10", "12", "22")).publishable());

        var table = StatisticsCsvReader.read(file, "lagesbild.csv");
        var rows = ColumnMapping.guess(table.header()).apply(table);

        assertThat(rows.valid()).isTrue();
        assertThat(rows.rows().get(0).indicator()).isEqualTo("Anmälda misshandel");
        assertThat(rows.rows().get(0).total()).isEqualByComparingTo("22");
        assertThat(rows.rows().get(0).source()).isEqualTo("Polisen");
    }

    @Test
    void thePeriodIsWrittenAsYearsWhenItIsWholeYearsAndTheFileNameIsAscii() {
        assertThat(PictureCsv.period(ReportingPeriod.ofYear(2025))).isEqualTo("2025");
        assertThat(PictureCsv.period(new ReportingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))))
                .isEqualTo("2024–2025");
        assertThat(PictureCsv.period(new ReportingPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31))))
                .isEqualTo("2025-03-01–2025-08-31");
        assertThat(PictureCsv.fileName(picture().publishable())).isEqualTo("lagesbild-2417-2025-01-01.csv");
    }

    private static Indicator count(String id, String women, String men, String total) {
        return new Indicator(
                id,
                "Anmälda " + id,
                "Polisen",
                Unit.PERSONS,
                true,
                PyramidLevel.THREATS_AND_LIGHTER_VIOLENCE,
                women == null ? null : new BigDecimal(women),
                men == null ? null : new BigDecimal(men),
                total == null ? null : new BigDecimal(total),
                women == null ? "Polisen redovisar inte kön" : null);
    }

    private static SituationPicture picture(Indicator... indicators) {
        return new SituationPicture(
                "2417",
                ReportingPeriod.ofYear(2025),
                List.of(ViolenceType.CLOSE_RELATIONSHIPS),
                PictureStatus.DRAFT,
                null,
                null,
                List.of(indicators),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    private static String text(byte[] file) {
        return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    }
}
