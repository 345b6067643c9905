package se.valdsprevention.workflows.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A round of work repeated on one daemon thread of its own: the first at once when started, then each
 * {@code interval} after the previous one ended, and one more whenever {@link #runSoon()} asks. Stopping lets a
 * round under way finish (up to 30 s) rather than interrupt it: an interrupted database read can close H2's file
 * under every other thread.
 */
public final class BackgroundRounds {

    private static final long STOP_GRACE_SECONDS = 30;

    private final String threadName;
    private final Duration interval;
    private final Runnable round;
    private volatile ScheduledExecutorService executor;

    /** {@code interval} must be positive; {@code round} must catch what it can recover from itself. */
    public BackgroundRounds(String threadName, Duration interval, Runnable round) {
        if (interval == null || interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException(threadName + ": the interval must be positive, was " + interval);
        }
        this.threadName = threadName;
        this.interval = interval;
        this.round = round;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs one more round as soon as the thread is free; nothing when stopped. */
    public void runSoon() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            try {
                running.execute(round);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // stopped meanwhile: the round is not needed any more
            }
        }
    }

    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                if (!running.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException interrupted) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return executor != null;
    }
}
