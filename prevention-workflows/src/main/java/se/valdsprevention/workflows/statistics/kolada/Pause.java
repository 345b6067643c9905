package se.valdsprevention.workflows.statistics.kolada;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits for a while: the throttle and the back-off between retries wait through it, so tests can count instead. */
@FunctionalInterface
public interface Pause {

    /** Waits in real time. */
    Pause REAL = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    void sleep(Duration duration) throws InterruptedException;
}
