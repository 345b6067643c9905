package se.valdsprevention.workflows.statistics.kolada;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the client talks to Kolada: where, how long it waits, how fast it asks and how often it tries again.
 *
 * @param baseUrl Kolada's API, {@code https://api.kolada.se/v3}
 * @param connectTimeout longest wait for a connection
 * @param requestTimeout longest wait for an answer to one request
 * @param requestsPerSecond the throttle: Kolada publishes no limit, so the client keeps to a polite rate
 * @param maxRetries how many times a request answered with 429 or a 5xx is tried again
 * @param initialBackoff the wait before the first retry; it doubles for each retry after
 * @param maxBackoff the longest wait between retries
 * @param perPage values per page, at most Kolada's 5000
 */
public record KoladaSettings(
        URI baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        double requestsPerSecond,
        int maxRetries,
        Duration initialBackoff,
        Duration maxBackoff,
        int perPage) {

    public static final URI KOLADA = URI.create("https://api.kolada.se/v3");
    public static final int MAX_PER_PAGE = 5000;

    /** The most years a county-wide fetch asks for: one path segment of at most 25. */
    public static final int MAX_YEARS = KoladaClient.MAX_IDS_PER_SEGMENT;

    public KoladaSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be above zero, was " + requestsPerSecond);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be 1 to " + MAX_PER_PAGE + ", was " + perPage);
        }
    }

    /** Kolada itself, 5 s to connect, 10 s per request, 5 requests a second, 3 retries from 0.5 s up to 8 s. */
    public static KoladaSettings defaults() {
        return of(KOLADA);
    }

    /** The defaults against another address, for example a local copy or a test server. */
    public static KoladaSettings of(URI baseUrl) {
        return new KoladaSettings(
                baseUrl,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                5,
                3,
                Duration.ofMillis(500),
                Duration.ofSeconds(8),
                MAX_PER_PAGE);
    }

    public KoladaSettings withRequestTimeout(Duration timeout) {
        return new KoladaSettings(
                baseUrl, connectTimeout, timeout, requestsPerSecond, maxRetries, initialBackoff, maxBackoff, perPage);
    }

    public KoladaSettings withRequestsPerSecond(double rate) {
        return new KoladaSettings(
                baseUrl, connectTimeout, requestTimeout, rate, maxRetries, initialBackoff, maxBackoff, perPage);
    }

    public KoladaSettings withMaxRetries(int retries) {
        return new KoladaSettings(
                baseUrl,
                connectTimeout,
                requestTimeout,
                requestsPerSecond,
                retries,
                initialBackoff,
                maxBackoff,
                perPage);
    }

    public KoladaSettings withPerPage(int values) {
        return new KoladaSettings(
                baseUrl,
                connectTimeout,
                requestTimeout,
                requestsPerSecond,
                maxRetries,
                initialBackoff,
                maxBackoff,
                values);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than zero, was " + duration);
        }
    }
}
