package se.valdsprevention.workflows.notification;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the sender on its own thread: every {@code poll-interval}, and at once when a transaction that wrote a mail to
 * send at once has committed. A round that fails (the database unreachable) is logged and the next one tries
 * again; nothing here ever runs inside a task completion.
 */
public class OutboxPoller implements SmartLifecycle, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxSender sender;
    private final Duration interval;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public OutboxPoller(OutboxSender sender, Duration interval) {
        this.sender = sender;
        this.interval = interval;
    }

    /** Asks for a round soon; many asks before it starts make one round. */
    @Override
    public void run() {
        ScheduledExecutorService running = executor;
        if (running != null && wakeUpPending.compareAndSet(false, true)) {
            running.execute(this::round);
        }
    }

    private void round() {
        wakeUpPending.set(false);
        try {
            OutboxSender.Round round;
            do {
                round = sender.deliverDue();
            } while (round.mails() > 0 && round.retried() == 0 && executor != null);
        } catch (RuntimeException failed) {
            LOG.warn("The outbox could not be delivered this round; the next round tries again", failed);
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "prevention-outbox");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException interrupted) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
