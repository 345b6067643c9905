package se.valdsprevention.workflows.notification;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.valdsprevention.workflows.engine.BackgroundRounds;

/**
 * Runs the sender on its own thread: every {@code poll-interval}, and at once when a transaction that wrote a mail to
 * send at once has committed. A round that fails (the database unreachable) is logged and the next one tries
 * again; nothing here ever runs inside a task completion.
 */
public class OutboxPoller implements SmartLifecycle, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxSender sender;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final BackgroundRounds rounds;

    public OutboxPoller(OutboxSender sender, Duration interval) {
        this.sender = sender;
        this.rounds = new BackgroundRounds("prevention-outbox", interval, this::round);
    }

    /** Asks for a round soon; many asks before it starts make one round. */
    @Override
    public void run() {
        if (wakeUpPending.compareAndSet(false, true)) {
            rounds.runSoon();
        }
    }

    private void round() {
        wakeUpPending.set(false);
        try {
            OutboxSender.Round round;
            do {
                round = sender.deliverDue();
            } while (round.mails() > 0 && round.retried() == 0 && rounds.isRunning());
        } catch (RuntimeException failed) {
            LOG.warn("The outbox could not be delivered this round; the next round tries again", failed);
        }
    }

    @Override
    public void start() {
        rounds.start();
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }
}
