package se.valdsprevention.web.situation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.workflows.statistics.csv.ExcelCsvWriter;

/**
 * A situation picture's indicators as a CSV file for Excel, one row per indicator. It takes the publishable view
 * only, so a suppressed count is written as the page's text for it ("färre än 5", "dolt för att skydda små tal"),
 * never as its number. The columns read back with the statistics file reader: Indikator, Period, Kvinnor, Män,
 * Totalt and Källa are guessed from their names.
 */
final class PictureCsv {

    static final List<String> HEADER = List.of(
            "Indikator",
            "Period",
            "Källa",
            "Enhet",
            "Personbaserad",
            "Våldspyramiden",
            "Kvinnor",
            "Män",
            "Totalt",
            "Skäl till att kön saknas");

    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
    private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);

    private PictureCsv() {}

    static byte[] write(PublishedSituationPicture picture) {
        String period = period(picture.period());
        List<List<String>> rows = new ArrayList<>();
        for (PublishedIndicator indicator : picture.indicators()) {
            rows.add(List.of(
                    indicator.name(),
                    period,
                    text(indicator.source()),
                    indicator.unit().label(),
                    indicator.personBased() ? "ja" : "nej",
                    indicator.pyramidLevel() == null
                            ? ""
                            : indicator.pyramidLevel().label(),
                    value(indicator.values().women()),
                    value(indicator.values().men()),
                    value(indicator.values().total()),
                    text(indicator.noGenderSplitReason())));
        }
        return ExcelCsvWriter.write(HEADER, rows);
    }

    /** {@code lagesbild-2417-2025-01-01.csv}: the municipality and the first day of the period, in ASCII. */
    static String fileName(PublishedSituationPicture picture) {
        return "lagesbild-" + picture.areaCode() + "-" + picture.period().start() + ".csv";
    }

    /** Empty when not given, else as the page shows it: the number with a decimal comma or the suppressed text. */
    private static String value(ShownValue value) {
        return value == null ? "" : ShownText.of(value, null).text();
    }

    /** Whole calendar years as "2025" or "2024–2025", as the statistics files give them; other periods by date. */
    static String period(ReportingPeriod period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (MonthDay.from(start).equals(NEW_YEAR) && MonthDay.from(end).equals(NEW_YEARS_EVE)) {
            return start.getYear() == end.getYear()
                    ? String.valueOf(start.getYear())
                    : start.getYear() + "–" + end.getYear();
        }
        return period.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
