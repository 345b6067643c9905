package se.valdsprevention.web.report;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long one board report takes to render (template, charts and PDF, without HTTP or database) and how large it
 * is, for a typical municipality and a large one. The requirement is at most 2 s per report. Not a timed
 * assertion: it prints its figures. Excluded from the build by its tag; run with {@code -Dtest=BoardReportBenchmark
 * -DexcludedGroups=none -Dgroups=benchmark}, or its main().
 */
@Tag("benchmark")
class BoardReportBenchmark {

    static final int WARM_UP = 5;
    static final int MEASURED = 20;

    @Test
    void measure() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        // Charts drawn for every report: what the first report of a picture revision costs.
        BoardReport drawing = BoardReportFixtures.renderer(0);
        measure(drawing, "typical, charts drawn: 12 indicators, 3 cycles, 4 goals, 6 activities", 12, 3, 4, 6);
        measure(drawing, "large, charts drawn: 30 indicators, 12 cycles, 10 goals, 20 activities", 30, 12, 10, 20);
        // As the application runs: the revision's charts kept from its first report.
        BoardReport keeping = BoardReportFixtures.renderer();
        measure(keeping, "typical, charts kept: 12 indicators, 3 cycles, 4 goals, 6 activities", 12, 3, 4, 6);
        measure(keeping, "large, charts kept: 30 indicators, 12 cycles, 10 goals, 20 activities", 30, 12, 10, 20);
    }

    private static void measure(
            BoardReport renderer, String name, int indicators, int cycles, int goals, int activities) {
        BoardReportData report = BoardReportFixtures.report(indicators, cycles, true, goals, activities);
        long firstStart = System.nanoTime();
        byte[] pdf = renderer.render(report);
        double first = (System.nanoTime() - firstStart) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(report);
        }
        double[] times = new double[MEASURED];
        double html = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            String page = renderer.html(report);
            long drawn = System.nanoTime();
            pdf = renderer.pdf(page);
            times[i] = (System.nanoTime() - start) / 1e6;
            html += (drawn - start) / 1e6;
        }
        Arrays.sort(times);
        double average = Arrays.stream(times).average().orElse(0);
        System.out.printf(
                "board report, %s: first %.0f ms, then %.0f ms on average (template and charts %.0f ms), median %.0f"
                        + " ms, slowest %.0f ms over %d; %d pages, %d KB%n",
                name,
                first,
                average,
                html / MEASURED,
                times[MEASURED / 2],
                times[MEASURED - 1],
                MEASURED,
                BoardReportPdf.read(pdf).pages(),
                pdf.length / 1024);
    }
}
