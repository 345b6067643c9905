package se.valdsprevention.workflows.statistics.kolada;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces requests evenly: at most {@code requestsPerSecond}, one every 1/rate seconds, shared by every caller. A
 * pause does not save up: after an idle minute the next request goes at once, the one after waits its turn.
 */
public final class Throttle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Pause pause;
    private long nextFree;
    private boolean used;

    Throttle(double requestsPerSecond, LongSupplier nanoTime, Pause pause) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be above zero, was " + requestsPerSecond);
        }
        this.intervalNanos = Math.round(1e9 / requestsPerSecond);
        this.nanoTime = nanoTime;
        this.pause = pause;
    }

    /** A throttle on the system's clock that waits in real time. */
    public static Throttle perSecond(double requestsPerSecond) {
        return new Throttle(requestsPerSecond, System::nanoTime, Pause.REAL);
    }

    /** Waits until the next request may go. */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long at = used && nextFree - now > 0 ? nextFree : now;
            used = true;
            nextFree = at + intervalNanos;
            wait = at - now;
        }
        if (wait > 0) {
            pause.sleep(Duration.ofNanos(wait));
        }
    }
}
