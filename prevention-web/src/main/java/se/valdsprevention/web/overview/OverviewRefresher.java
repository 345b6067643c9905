package se.valdsprevention.web.overview;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.valdsprevention.web.security.AsApplication;
import se.valdsprevention.workflows.engine.BackgroundRounds;

/**
 * Computes the county overview ahead of the county officer, on its own thread ({@code prevention-overview}): once
 * when the application has started, and then every {@code prevention.web.overview.refresh-interval}, it asks for
 * every municipality's row, the county's evaluation figures and charts, as the overview's default view shows them.
 * What is kept and unchanged costs a look-up; what changed since the last round, or every row once the day has
 * turned, is computed here, so the first visit after a start, after midnight or after a busy hour finds it ready. A
 * request that arrives while a row is being computed waits for that computation rather than doing it twice. Each
 * node computes its own; a failed round is logged and the next one tries again.
 */
class OverviewRefresher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewRefresher.class);

    private final CountyOverviewPage overview;
    private final IdentityService identity;
    private final Duration interval;
    private final CompletableFuture<Void> firstRound = new CompletableFuture<>();
    private volatile BackgroundRounds rounds;

    OverviewRefresher(CountyOverviewPage overview, IdentityService identity, OverviewProperties properties) {
        this.overview = overview;
        this.identity = identity;
        this.interval = properties.getRefreshInterval();
    }

    /** One round: what the overview of the whole county shows, computed where it changed. */
    void refresh() {
        AsApplication.call(identity, () -> {
            overview.prepare();
            return null;
        });
    }

    /** Completes when the first scheduled round has ended, whether it succeeded or not. */
    CompletableFuture<Void> firstRound() {
        return firstRound;
    }

    private void round() {
        long started = System.nanoTime();
        try {
            refresh();
            LOG.debug("County overview computed ahead in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException failed) {
            LOG.warn("The county overview could not be computed ahead; the next round tries again", failed);
        } finally {
            firstRound.complete(null);
        }
    }

    @Override
    public synchronized void start() {
        if (rounds == null && !interval.isZero()) {
            rounds = new BackgroundRounds("prevention-overview", interval, this::round);
        }
        if (rounds != null) {
            rounds.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (rounds != null) {
            rounds.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return rounds != null && rounds.isRunning();
    }
}
