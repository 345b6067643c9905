package se.valdsprevention.workflows.statistics.kolada;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** Kolada cannot be reached, does not answer in time, or keeps answering with a server error or "too many requests". */
public final class KoladaUnavailableException extends KoladaException {

    /** Why Kolada is unavailable. */
    public enum Reason {
        TIMEOUT,
        UNREACHABLE,
        SERVER_ERROR,
        TOO_MANY_REQUESTS,
        INTERRUPTED
    }

    private final Reason reason;

    private KoladaUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static KoladaUnavailableException timeout(Duration timeout, Throwable cause) {
        return new KoladaUnavailableException(
                Reason.TIMEOUT,
                "Kolada svarar inte just nu (tidsgräns " + seconds(timeout) + "). Försök igen senare.",
                cause);
    }

    static KoladaUnavailableException unreachable(URI uri, Throwable cause) {
        return new KoladaUnavailableException(
                Reason.UNREACHABLE,
                "Det går inte att nå Kolada (" + uri.getHost()
                        + ") just nu. Kontrollera nätverksanslutningen eller försök igen senare.",
                cause);
    }

    static KoladaUnavailableException gaveUp(int status, int retries) {
        if (status == 429) {
            return new KoladaUnavailableException(
                    Reason.TOO_MANY_REQUESTS,
                    "Kolada tar inte emot fler frågor just nu (HTTP 429), inte heller efter " + retries
                            + " nya försök. Försök igen om en stund.",
                    null);
        }
        return new KoladaUnavailableException(
                Reason.SERVER_ERROR,
                "Kolada svarar med ett serverfel (HTTP " + status + "), även efter " + retries
                        + " nya försök. Försök igen senare.",
                null);
    }

    static KoladaUnavailableException interrupted(InterruptedException cause) {
        return new KoladaUnavailableException(
                Reason.INTERRUPTED, "Hämtningen från Kolada avbröts innan den var klar.", cause);
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0).replace('.', ',');
    }
}
