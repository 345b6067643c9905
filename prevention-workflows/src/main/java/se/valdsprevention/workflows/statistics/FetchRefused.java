package se.valdsprevention.workflows.statistics;

import java.util.Optional;

/** A county-wide fetch that cannot start; the message is a Swedish sentence for the user. */
public final class FetchRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FetchRun running;

    private FetchRefused(String message, FetchRun running) {
        super(message);
        this.running = running;
    }

    /** The template names no key figure: there is nothing to fetch. */
    static FetchRefused noTemplate() {
        return new FetchRefused(
                "Länets mall har inga indikatorer från Kolada, så det finns inget att hämta. Be förvaltningen"
                        + " lägga till dem i inställningarna (prevention.statistics.kolada.indicators).",
                null);
    }

    /** Another fetch runs, on this node or another. */
    static FetchRefused alreadyRunning(FetchRun running) {
        return new FetchRefused(
                "En hämtning från Kolada pågår redan"
                        + (running == null ? "" : " (startad av " + running.startedBy() + ")")
                        + ". Vänta tills den är klar innan du startar en ny.",
                running);
    }

    /** The background thread would not take the fetch, for example while the application shuts down. */
    static FetchRefused notAccepted() {
        return new FetchRefused("Hämtningen kunde inte startas just nu. Försök igen om en stund.", null);
    }

    /** The fetch that is running, when that is the reason. */
    public Optional<FetchRun> running() {
        return Optional.ofNullable(running);
    }
}
