package se.valdsprevention.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.web.charts.SituationCharts;

/**
 * The board report's charts are drawn once per picture revision and figures, drawn anew when the figures change
 * (so a withheld value never comes back from an older drawing), and the store stays within its bound.
 */
class RenderedChartsTest {

    @Test
    void theSameRevisionAndFiguresAreDrawnOnce() {
        RenderedCharts kept = new RenderedCharts(4);
        AtomicInteger draws = new AtomicInteger();

        String first = kept.of("2417", 3, "kon", "figures", () -> "svg-" + draws.incrementAndGet());
        String again = kept.of("2417", 3, "kon", "figures", () -> "svg-" + draws.incrementAndGet());

        assertThat(first).isEqualTo("svg-1").isEqualTo(again);
        assertThat(draws).hasValue(1);
        assertThat(kept.of("2417", 4, "kon", "figures", () -> "svg-" + draws.incrementAndGet()))
                .isEqualTo("svg-2");
        assertThat(kept.of("2422", 3, "kon", "figures", () -> "svg-" + draws.incrementAndGet()))
                .isEqualTo("svg-3");
    }

    @Test
    void changedFiguresOfTheSameRevisionAreDrawnAnewAndStillWithholdTheSmallCount() {
        PublishedSituationPicture picture =
                BoardReportFixtures.picture("2417", 2026, true, 3).publishable(BoardReportFixtures.NORSJO);
        PublishedSituationPicture other =
                BoardReportFixtures.picture("2417", 2026, true, 4).publishable(BoardReportFixtures.NORSJO);
        SituationCharts charts = new SituationCharts();
        RenderedCharts kept = new RenderedCharts(4);

        String svg = kept.of("2417", 1, "kon", picture, () -> charts.genderBars(picture));
        String changed = kept.of("2417", 1, "kon", other, () -> charts.genderBars(other));

        assertThat(changed).isNotEqualTo(svg);
        assertThat(kept.of("2417", 1, "kon", picture, () -> "redrawn")).isEqualTo(svg);
        assertThat(svg).contains("färre än 5");
    }

    @Test
    void theLeastRecentlyUsedDrawingGoesFirst() {
        RenderedCharts kept = new RenderedCharts(2);
        kept.of("2417", 1, "kon", "a", () -> "a");
        kept.of("2417", 1, "kon", "b", () -> "b");
        kept.of("2417", 1, "kon", "a", () -> "not used");
        kept.of("2417", 1, "kon", "c", () -> "c");

        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.of("2417", 1, "kon", "a", () -> "a again")).isEqualTo("a");
        assertThat(kept.of("2417", 1, "kon", "b", () -> "b again")).isEqualTo("b again");
    }

    @Test
    void keepingNothingDrawsEveryTime() {
        RenderedCharts none = new RenderedCharts(0);
        AtomicInteger draws = new AtomicInteger();
        none.of("2417", 1, "kon", "a", () -> "" + draws.incrementAndGet());
        none.of("2417", 1, "kon", "a", () -> "" + draws.incrementAndGet());

        assertThat(draws).hasValue(2);
        assertThat(none.size()).isZero();
    }
}
