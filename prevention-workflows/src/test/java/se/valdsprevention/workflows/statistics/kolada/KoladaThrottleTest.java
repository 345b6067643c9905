package se.valdsprevention.workflows.statistics.kolada;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle spaces requests evenly on its clock, without saving up a burst while idle. */
class KoladaThrottleTest {

    long now = 1_000_000_000L;
    final List<Duration> waits = new ArrayList<>();

    Throttle throttle(double perSecond) {
        return new Throttle(perSecond, () -> now, duration -> {
            waits.add(duration);
            now += duration.toNanos();
        });
    }

    @Test
    void letsFiveRequestsASecondGoOneEveryTwoHundredMilliseconds() throws InterruptedException {
        var throttle = throttle(5);
        long start = now;
        for (int i = 0; i < 6; i++) {
            throttle.acquire();
        }
        assertThat(waits).hasSize(5).allMatch(wait -> wait.equals(Duration.ofMillis(200)));
        assertThat(Duration.ofNanos(now - start)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void doesNotWaitWhenTheCallerWasSlowerThanTheRate() throws InterruptedException {
        var throttle = throttle(5);
        throttle.acquire();
        now += Duration.ofMillis(300).toNanos();
        throttle.acquire();
        now += Duration.ofMillis(50).toNanos();
        throttle.acquire();

        assertThat(waits).containsExactly(Duration.ofMillis(150));
    }

    @Test
    void savesNoBurstWhileIdle() throws InterruptedException {
        var throttle = throttle(5);
        throttle.acquire();
        now += Duration.ofMinutes(1).toNanos();
        throttle.acquire();
        throttle.acquire();

        assertThat(waits).containsExactly(Duration.ofMillis(200));
    }
}
