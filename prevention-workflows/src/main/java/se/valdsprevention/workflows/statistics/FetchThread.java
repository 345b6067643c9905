package se.valdsprevention.workflows.statistics;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where a county-wide fetch runs: one background thread of its own, so a fetch that takes minutes holds no request
 * and no thread of the host's. It is not an {@link Executor} bean on purpose: Spring Boot would then leave out the
 * host's own task executor. Tests run the fetch {@link #inline()}, so they wait for nothing.
 */
public final class FetchThread implements AutoCloseable {

    private final Executor executor;
    private final ExecutorService owned;

    private FetchThread(Executor executor, ExecutorService owned) {
        this.executor = executor;
        this.owned = owned;
    }

    /** One daemon thread named {@code prevention-kolada-fetch}, taking one fetch at a time. */
    public static FetchThread background() {
        var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(1), task -> {
            Thread thread = new Thread(task, "prevention-kolada-fetch");
            thread.setDaemon(true);
            return thread;
        });
        return new FetchThread(pool, pool);
    }

    /** Runs the fetch in the thread that starts it: the start returns when the fetch has ended. */
    public static FetchThread inline() {
        return new FetchThread(Runnable::run, null);
    }

    /** Runs on the given executor, for example one that holds the fetch until a test lets it go. */
    public static FetchThread on(Executor executor) {
        return new FetchThread(executor, null);
    }

    /** @throws java.util.concurrent.RejectedExecutionException when the thread takes no more work */
    void execute(Runnable fetch) {
        executor.execute(fetch);
    }

    /**
     * Stops the background thread: a fetch under way is interrupted and ends as failed, which it is given a few
     * seconds to record.
     */
    @Override
    public void close() {
        if (owned == null || owned.isShutdown()) {
            return;
        }
        owned.shutdownNow();
        try {
            owned.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
