package se.valdsprevention.workflows.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What is kept is handed out again for the same revision and day, and computed anew when either moves. */
class KeptUntilChangedTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    final AtomicInteger computed = new AtomicInteger();
    final KeptUntilChanged<String> kept = new KeptUntilChanged<>(2);

    String get(String code, Object detail, long revision, LocalDate day) {
        return kept.get(code, detail, Map.of(code, revision), day, () -> code + "#" + computed.incrementAndGet());
    }

    @Test
    void theSameRevisionAndDayAreComputedOnce() {
        assertThat(get("2417", null, 3, MONDAY)).isEqualTo("2417#1");
        assertThat(get("2417", null, 3, MONDAY)).isEqualTo("2417#1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void aNewRevisionOrANewDayIsComputedAgain() {
        get("2417", null, 3, MONDAY);

        assertThat(get("2417", null, 4, MONDAY)).isEqualTo("2417#2");
        assertThat(get("2417", null, 4, MONDAY.plusDays(1))).isEqualTo("2417#3");
        assertThat(get("2417", null, 4, MONDAY.plusDays(1))).isEqualTo("2417#3");
    }

    @Test
    void eachDetailAndMunicipalityIsKeptApart() {
        get("2417", "2025", 3, MONDAY);

        assertThat(get("2417", "2026", 3, MONDAY)).isEqualTo("2417#2");
        assertThat(get("2422", "2025", 3, MONDAY)).isEqualTo("2422#3");
    }

    @Test
    void aMunicipalityWithoutARevisionIsComputedEveryTime() {
        kept.get("2499", null, Map.of(), MONDAY, () -> "2499#" + computed.incrementAndGet());
        kept.get("2499", null, Map.of(), MONDAY, () -> "2499#" + computed.incrementAndGet());

        assertThat(computed).hasValue(2);
        assertThat(kept.size()).isZero();
    }

    @Test
    void onlyTheNewestAreKept() {
        get("2417", null, 1, MONDAY);
        get("2422", null, 1, MONDAY);
        get("2403", null, 1, MONDAY);

        assertThat(kept.size()).isEqualTo(2);
        assertThat(get("2417", null, 1, MONDAY)).isEqualTo("2417#4");
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new KeptUntilChanged<String>(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
