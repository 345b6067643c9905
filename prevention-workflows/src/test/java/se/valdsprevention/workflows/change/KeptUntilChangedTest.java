package se.valdsprevention.workflows.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
    void aCallerAskingWhileAnotherComputesTheSameValueWaitsForItsAnswer() throws Exception {
        var callers = secondAsksWhileFirstComputes(() -> "2417#" + computed.incrementAndGet());

        assertThat(callers.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("2417#1");
        assertThat(callers.get(1).get(10, TimeUnit.SECONDS)).isEqualTo("2417#1");
        assertThat(computed).hasValue(1);
        assertThat(kept.computations()).isEqualTo(1);
    }

    @Test
    void whenTheComputationWaitedForFailsTheWaitingCallerComputesItself() throws Exception {
        var callers = secondAsksWhileFirstComputes(() -> {
            throw new IllegalStateException("the history could not be read");
        });

        assertThatThrownBy(() -> callers.get(0).get(10, TimeUnit.SECONDS))
                .hasRootCauseMessage("the history could not be read");
        assertThat(callers.get(1).get(10, TimeUnit.SECONDS)).isEqualTo("2417#1");
        assertThat(get("2417", null, 3, MONDAY)).as("kept").isEqualTo("2417#1");
        assertThat(kept.computations()).isEqualTo(2);
    }

    /**
     * A first caller's computation for Norsjö is held until a second caller asking for the same value waits for it
     * (a second caller that computes at once fails this); returns the first caller's and the second's answers.
     */
    private List<CompletableFuture<String>> secondAsksWhileFirstComputes(Supplier<String> computation)
            throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first =
                CompletableFuture.supplyAsync(() -> kept.get("2417", null, Map.of("2417", 3L), MONDAY, () -> {
                    started.countDown();
                    await(release);
                    return computation.get();
                }));
        started.await(10, TimeUnit.SECONDS);
        CompletableFuture<String> second = new CompletableFuture<>();
        Thread asking = new Thread(() -> second.complete(get("2417", null, 3, MONDAY)));
        asking.start();
        waitUntilWaiting(asking);
        release.countDown();
        return List.of(first, second);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new KeptUntilChanged<String>(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the thread is parked (waiting for the other computation), at most 10 s; a thread that finishes fails. */
    private static void waitUntilWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING) {
            if (thread.getState() == Thread.State.TERMINATED || System.nanoTime() > deadline) {
                throw new AssertionError("the second caller did not wait for the first: " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }
}
