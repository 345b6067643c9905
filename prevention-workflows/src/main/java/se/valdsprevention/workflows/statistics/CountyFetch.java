package se.valdsprevention.workflows.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.statistics.kolada.KoladaClient;
import se.valdsprevention.workflows.statistics.kolada.KoladaException;
import se.valdsprevention.workflows.statistics.kolada.KoladaFetch;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties;

/**
 * The county officer's county-wide fetch: the template's key figures for every municipality of the county and the
 * last {@code prevention.statistics.kolada.years} calendar years, in the background. The work is split into batches
 * (omgångar) of one key figure and at most 25 municipalities, one {@link KoladaClient#fetch} each; a batch is saved
 * with the fetch's progress in one transaction, so a batch is stored whole or not at all. A failure from Kolada ends
 * the fetch with Kolada's Swedish message and keeps the batches already saved. Only one fetch runs at a time, on
 * any node ({@link FetchRuns}).
 */
public class CountyFetch implements AutoCloseable {

    /** At most this many municipalities per batch: one of Kolada's path segments. */
    public static final int MUNICIPALITIES_PER_BATCH = KoladaClient.MAX_IDS_PER_SEGMENT;

    /** A running fetch that has saved nothing for this long has lost its node and is ended. */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    static final String UNEXPECTED = "Hämtningen avbröts av ett oväntat fel. Det som hann sparas finns kvar;"
            + " försök igen, och kontakta förvaltningen om felet kvarstår.";

    private static final Logger LOG = LoggerFactory.getLogger(CountyFetch.class);

    /** One call to Kolada: a key figure for up to 25 municipalities. */
    record Batch(String kpi, List<String> municipalities) {

        Batch {
            Objects.requireNonNull(kpi, "kpi");
            municipalities = List.copyOf(municipalities);
            if (municipalities.isEmpty() || municipalities.size() > MUNICIPALITIES_PER_BATCH) {
                throw new IllegalArgumentException("a batch has 1 to " + MUNICIPALITIES_PER_BATCH
                        + " municipalities, not " + municipalities.size());
            }
        }
    }

    private final KoladaClient client;
    private final KoladaProperties kolada;
    private final CountyProperties county;
    private final FetchRuns runs;
    private final KoladaValues values;
    private final TransactionTemplate transactions;
    private final FetchThread thread;

    public CountyFetch(
            KoladaClient client,
            KoladaProperties kolada,
            CountyProperties county,
            FetchRuns runs,
            KoladaValues values,
            TransactionTemplate transactions,
            FetchThread thread) {
        this.client = client;
        this.kolada = kolada;
        this.county = county;
        this.runs = runs;
        this.values = values;
        this.transactions = transactions;
        this.thread = thread;
    }

    /** Whether the county's template names any key figure: without one there is nothing to fetch. */
    public boolean hasTemplate() {
        return !kolada.kpiIds().isEmpty();
    }

    /** The years a fetch started today asks for, oldest first: the configured number ending last calendar year. */
    public List<Integer> years() {
        int last = EngineClock.today().getYear() - 1;
        return IntStream.rangeClosed(last - kolada.getYears() + 1, last).boxed().toList();
    }

    /** The batches of a county-wide fetch, key figure by key figure. */
    List<Batch> batches() {
        List<String> municipalities = county.municipalityCodes();
        var batches = new ArrayList<Batch>();
        for (String kpi : kolada.kpiIds()) {
            for (int from = 0; from < municipalities.size(); from += MUNICIPALITIES_PER_BATCH) {
                batches.add(new Batch(
                        kpi,
                        municipalities.subList(
                                from, Math.min(municipalities.size(), from + MUNICIPALITIES_PER_BATCH))));
            }
        }
        return batches;
    }

    /**
     * Starts a county-wide fetch in the background and returns it as started.
     *
     * @throws FetchRefused when the template is empty or another fetch runs (Swedish message)
     */
    public FetchRun start(String startedBy) {
        Objects.requireNonNull(startedBy, "startedBy");
        if (!hasTemplate()) {
            throw FetchRefused.noTemplate();
        }
        Instant now = EngineClock.now();
        runs.endAbandoned(now.minus(ABANDONED_AFTER), now);
        List<Batch> batches = batches();
        List<Integer> years = years();
        FetchRun run = runs.start(startedBy, now, batches.size(), years.get(0), years.get(years.size() - 1));
        try {
            thread.execute(() -> run(run, batches, years));
        } catch (RejectedExecutionException refused) {
            runs.fail(run.id(), FetchRefused.notAccepted().getMessage(), EngineClock.now());
            throw FetchRefused.notAccepted();
        }
        return run;
    }

    private void run(FetchRun run, List<Batch> batches, List<Integer> years) {
        try {
            int done = 0;
            for (Batch batch : batches) {
                KoladaFetch fetch = client.fetch(List.of(batch.kpi()), batch.municipalities(), years);
                int step = ++done;
                Boolean saved = transactions.execute(status -> {
                    Instant at = EngineClock.now();
                    values.replace(batch.kpi(), batch.municipalities(), years, fetch.values(), at);
                    if (!runs.progress(run.id(), step, at)) {
                        status.setRollbackOnly();
                        return false;
                    }
                    return true;
                });
                if (!Boolean.TRUE.equals(saved)) {
                    LOG.warn("Kolada fetch {} was ended elsewhere; its batch {} is not saved", run.id(), step);
                    return;
                }
            }
            runs.succeed(run.id(), EngineClock.now());
        } catch (KoladaException failed) {
            LOG.info("Kolada fetch {} failed: {}", run.id(), failed.getMessage());
            end(run, failed.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.error("Kolada fetch {} failed unexpectedly", run.id(), unexpected);
            end(run, UNEXPECTED);
        }
    }

    private void end(FetchRun run, String message) {
        try {
            runs.fail(run.id(), message, EngineClock.now());
        } catch (RuntimeException notRecorded) {
            LOG.error(
                    "Kolada fetch {} could not be recorded as failed; it ends as abandoned after {}",
                    run.id(),
                    ABANDONED_AFTER,
                    notRecorded);
        }
    }

    /** Stops the background thread; a fetch under way ends as failed. */
    @Override
    public void close() {
        thread.close();
    }
}
