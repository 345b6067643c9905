package se.valdsprevention.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A round runs at once when started, again when asked, on its own named thread, and not after stopping. */
class BackgroundRoundsTest {

    final Semaphore ran = new Semaphore(0);
    volatile String threadName;

    final BackgroundRounds rounds = new BackgroundRounds("prevention-test", Duration.ofHours(1), () -> {
        threadName = Thread.currentThread().getName();
        ran.release();
    });

    @Test
    void theFirstRoundRunsAtOnceAndAnotherWhenAsked() throws InterruptedException {
        rounds.start();
        try {
            assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).as("first round").isTrue();
            assertThat(threadName).isEqualTo("prevention-test");

            rounds.runSoon();

            assertThat(ran.tryAcquire(10, TimeUnit.SECONDS))
                    .as("asked-for round")
                    .isTrue();
            assertThat(rounds.isRunning()).isTrue();
        } finally {
            rounds.stop();
        }
        assertThat(rounds.isRunning()).isFalse();
        rounds.runSoon();
        assertThat(ran.availablePermits()).as("nothing runs once stopped").isZero();
    }

    @Test
    void anIntervalThatIsNotPositiveIsRefusedNamingTheThread() {
        assertThatThrownBy(() -> new BackgroundRounds("prevention-outbox", Duration.ZERO, () -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prevention-outbox");
        assertThatThrownBy(() -> new BackgroundRounds("prevention-outbox", null, () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
