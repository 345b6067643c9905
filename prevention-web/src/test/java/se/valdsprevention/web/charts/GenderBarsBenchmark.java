package se.valdsprevention.web.charts;

import static se.valdsprevention.web.charts.ChartFixtures.percent;
import static se.valdsprevention.web.charts.ChartFixtures.persons;
import static se.valdsprevention.web.charts.ChartFixtures.published;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PyramidLevel;

/**
 * How long one chart of women and men over 30 indicators takes and how large it is. Not a timed assertion: it
 * prints its figures and writes the charts to target/charts for a look. Excluded from the build by its tag; run
 * with {@code -Dtest=GenderBarsBenchmark -DexcludedGroups=none -Dgroups=benchmark}, or its main().
 */
@Tag("benchmark")
class GenderBarsBenchmark {

    static final int INDICATORS = 30;
    static final int WARM_UP = 20;
    static final int MEASURED = 50;

    @Test
    void measure() throws IOException {
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        SituationCharts charts = new SituationCharts();
        var picture = published(2025, indicators().toArray(Indicator[]::new));
        long firstStart = System.nanoTime();
        String svg = charts.genderBars(picture);
        long first = System.nanoTime() - firstStart;
        for (int i = 0; i < WARM_UP; i++) {
            charts.genderBars(picture);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            svg = charts.genderBars(picture);
        }
        double average = (System.nanoTime() - start) / 1e6 / MEASURED;
        System.out.printf(
                "genderBars, %d indicators: first call %.0f ms, then %.1f ms on average over %d; %d bytes (UTF-8)%n",
                INDICATORS, first / 1e6, average, MEASURED, svg.getBytes(StandardCharsets.UTF_8).length);
        Path out = Files.createDirectories(Path.of("target", "charts"));
        Files.writeString(out.resolve("kon.svg"), svg);
        Files.writeString(out.resolve("pyramid.svg"), charts.pyramid(picture));
        Files.writeString(
                out.resolve("trend.svg"),
                charts.trend(List.of(
                        new CycleFigures(
                                "2023", published(2023, trendIndicators(12, 3).toArray(Indicator[]::new))),
                        new CycleFigures(
                                "2024", published(2024, trendIndicators(3, 9).toArray(Indicator[]::new))),
                        new CycleFigures(
                                "2025", published(2025, trendIndicators(15, 11).toArray(Indicator[]::new))))));
        Files.writeString(out.resolve("tom.svg"), charts.genderBars(null));
    }

    static List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        PyramidLevel[] levels = PyramidLevel.values();
        for (int i = 0; i < INDICATORS; i++) {
            if (i % 3 == 2) {
                indicators.add(
                        percent("p" + i, "Andel som instämmer i påstående " + i, (10 + i) + ".5", "" + (20 + i)));
            } else {
                int women = i % 5 == 0 ? 3 : 5 + 7 * i;
                Integer total = i % 10 == 5 ? women + 9 + i + 2 : null;
                indicators.add(persons(
                        "n" + i,
                        "Antal personer som utsatts för våld i nära relation, indikator " + i,
                        levels[i % levels.length],
                        women,
                        9 + i,
                        total));
            }
        }
        return indicators;
    }

    static List<Indicator> trendIndicators(int women, int men) {
        return List.of(
                persons("h", "Kränkta elever", null, women, men, null),
                percent("a", "Accepterar våld", "" + (30 + women), "" + (40 + men)));
    }
}
