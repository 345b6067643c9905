package se.valdsprevention.workflows.statistics.kolada;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A client of Kolada v3 on the JDK's {@link HttpClient} and Jackson. It splits ids into path segments of at most 25,
 * follows {@code next_url} until it is null, keeps to the configured rate, tries a 429 or a 5xx again with a doubling
 * wait (or the wait Kolada names in {@code Retry-After}), and gives up with a {@link KoladaException} whose message
 * is Swedish. A timeout or an unreachable host is not tried again: the user hears at once and can try later.
 *
 * <p>The data is open; whatever shows it says {@value #SOURCE}.
 */
public class KoladaClient {

    /** The attribution every page, chart and export that shows Kolada's data carries. */
    public static final String SOURCE = "Källa: Kolada";

    /** Kolada takes at most 25 ids (or years) in one path segment. */
    public static final int MAX_IDS_PER_SEGMENT = 25;

    /** The longest {@code Retry-After} honoured; a longer one is cut to this. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final Pattern KPI_ID = Pattern.compile("[A-Z]\\d{5}");
    private static final Pattern MUNICIPALITY_ID = Pattern.compile("\\d{4}");

    private final KoladaSettings settings;
    private final String base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final Throttle throttle;
    private final Pause pause;

    public KoladaClient(KoladaSettings settings) {
        this(settings, Throttle.perSecond(settings.requestsPerSecond()), Pause.REAL);
    }

    /** With a throttle and a pause of the caller's: tests count the waits instead of waiting. */
    KoladaClient(KoladaSettings settings, Throttle throttle, Pause pause) {
        this.settings = Objects.requireNonNull(settings, "settings");
        String url = settings.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public KoladaSettings settings() {
        return settings;
    }

    /** Describes the key figures; refuses with {@link KoladaUnknownKpiException} when Kolada lacks any of them. */
    public List<KoladaKpi> kpis(Collection<String> ids) {
        return kpis(ids(ids, KPI_ID, "KPI"), new Requests());
    }

    /**
     * The values of the key figures for the municipalities and years, after checking that Kolada knows every key
     * figure (an unknown one gives {@link KoladaUnknownKpiException}, whether Kolada answers with an empty list or
     * 404). A value Kolada marks missing stays missing.
     */
    public KoladaFetch fetch(Collection<String> kpis, Collection<String> municipalities, Collection<Integer> years) {
        List<String> kpiIds = ids(kpis, KPI_ID, "KPI");
        List<String> municipalityIds = ids(municipalities, MUNICIPALITY_ID, "municipality");
        List<String> yearIds = years(years);
        var requests = new Requests();
        List<KoladaKpi> described = kpis(kpiIds, requests);
        var values = new ArrayList<KoladaValue>();
        for (List<String> kpiBatch : batches(kpiIds)) {
            for (List<String> municipalityBatch : batches(municipalityIds)) {
                for (List<String> yearBatch : batches(yearIds)) {
                    URI first = uri("/data/kpi/" + String.join(",", kpiBatch) + "/municipality/"
                            + String.join(",", municipalityBatch) + "/year/" + String.join(",", yearBatch));
                    for (JsonNode row : pages(first, kpiBatch, requests)) {
                        values.addAll(values(row));
                    }
                }
            }
        }
        return new KoladaFetch(described, values, requests.count);
    }

    private List<KoladaKpi> kpis(List<String> ids, Requests requests) {
        var found = new ArrayList<KoladaKpi>();
        for (List<String> batch : batches(ids)) {
            for (JsonNode row : pages(uri("/kpi/" + String.join(",", batch)), batch, requests)) {
                found.add(new KoladaKpi(
                        text(row, "id"),
                        text(row, "title"),
                        row.path("description").asText(null),
                        flag(row.path("is_divided_by_gender"))));
            }
        }
        Set<String> known = new HashSet<>();
        found.forEach(kpi -> known.add(kpi.id()));
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw KoladaUnknownKpiException.unknown(unknown);
        }
        return found;
    }

    /** Splits ids into Kolada's path segments of at most 25. */
    static List<List<String>> batches(List<String> ids) {
        var batches = new ArrayList<List<String>>();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_SEGMENT) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_SEGMENT)));
        }
        return batches;
    }

    private URI uri(String path) {
        return URI.create(base + path + "?per_page=" + settings.perPage());
    }

    /** Every row of {@code values} on every page, following {@code next_url}. */
    private List<JsonNode> pages(URI first, List<String> kpis, Requests requests) {
        var rows = new ArrayList<JsonNode>();
        Set<URI> read = new HashSet<>();
        URI next = first;
        while (next != null) {
            if (!read.add(next)) {
                throw KoladaResponseException.unreadable("next_url pekar tillbaka på en sida som redan lästs", null);
            }
            JsonNode page = get(next, kpis, requests);
            JsonNode values = page.get("values");
            if (values == null || !values.isArray()) {
                throw KoladaResponseException.unreadable("svaret saknar listan values", null);
            }
            values.forEach(rows::add);
            JsonNode nextUrl = page.get("next_url");
            next = nextUrl == null || nextUrl.isNull() || nextUrl.asText().isBlank()
                    ? null
                    : sameHost(nextUrl.asText());
        }
        return rows;
    }

    /** A next page on Kolada's own host; the client follows no link elsewhere. */
    private URI sameHost(String nextUrl) {
        URI uri;
        try {
            uri = URI.create(base + "/").resolve(nextUrl);
        } catch (IllegalArgumentException e) {
            throw KoladaResponseException.unreadable("next_url är ingen adress", e);
        }
        URI baseUri = URI.create(base);
        if (!Objects.equals(uri.getHost(), baseUri.getHost()) || uri.getPort() != baseUri.getPort()) {
            throw KoladaResponseException.unreadable("next_url leder till en annan server", null);
        }
        return uri;
    }

    private JsonNode get(URI uri, List<String> kpis, Requests requests) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response = send(request, requests);
            int status = response.statusCode();
            if (status == 200) {
                return parse(response.body());
            }
            if (status == 404) {
                throw KoladaUnknownKpiException.notFound(kpis);
            }
            if (status != 429 && status < 500) {
                throw KoladaResponseException.refused(status);
            }
            if (attempt >= settings.maxRetries()) {
                throw KoladaUnavailableException.gaveUp(status, settings.maxRetries());
            }
            Duration wait = retryAfter(response).orElseGet(backoff(attempt));
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KoladaUnavailableException.interrupted(e);
            }
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, Requests requests) {
        try {
            throttle.acquire();
            requests.count++;
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw KoladaUnavailableException.timeout(settings.connectTimeout(), e);
        } catch (HttpTimeoutException e) {
            throw KoladaUnavailableException.timeout(settings.requestTimeout(), e);
        } catch (IOException e) {
            throw KoladaUnavailableException.unreachable(request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KoladaUnavailableException.interrupted(e);
        }
    }

    /** The doubling wait before retry {@code attempt + 1}, at most the configured longest. */
    private Supplier<Duration> backoff(int attempt) {
        return () -> {
            Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(attempt, 30));
            return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
        };
    }

    /** Kolada's {@code Retry-After}, in seconds or as an HTTP date, at most {@link #MAX_RETRY_AFTER}. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).flatMap(value -> {
            Duration wait;
            try {
                wait = Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException notSeconds) {
                try {
                    wait = Duration.between(
                            ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
            if (wait.isNegative()) {
                wait = Duration.ZERO;
            }
            return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
        });
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode page = json.readTree(body);
            if (page == null || !page.isObject()) {
                throw KoladaResponseException.unreadable("svaret är inget JSON-objekt", null);
            }
            return page;
        } catch (IOException e) {
            throw KoladaResponseException.unreadable("ogiltig JSON", e);
        }
    }

    /** The values of one row: one per gender, deleted ones left out, missing ones kept as missing. */
    private static List<KoladaValue> values(JsonNode row) {
        String kpi = text(row, "kpi");
        String municipality = text(row, "municipality");
        JsonNode period = row.get("period");
        if (period == null || !period.canConvertToInt() && !period.asText().matches("\\d{4}")) {
            throw KoladaResponseException.unreadable("period saknas eller är inget år", null);
        }
        int year = period.isNumber() ? period.asInt() : Integer.parseInt(period.asText());
        JsonNode genders = row.get("values");
        if (genders == null || !genders.isArray()) {
            throw KoladaResponseException.unreadable("värdena för " + kpi + " saknas", null);
        }
        var values = new ArrayList<KoladaValue>();
        for (JsonNode entry : genders) {
            if (entry.path("isdeleted").asBoolean(false)) {
                continue;
            }
            Gender gender = Gender.ofCode(entry.path("gender").asText(null));
            if (gender == null) {
                throw KoladaResponseException.unreadable(
                        "okänt kön '" + entry.path("gender").asText() + "'", null);
            }
            JsonNode value = entry.get("value");
            boolean missing =
                    "Missing".equalsIgnoreCase(entry.path("status").asText("")) || value == null || value.isNull();
            if (!missing && !value.isNumber()) {
                throw KoladaResponseException.unreadable("värdet för " + kpi + " är inget tal", null);
            }
            BigDecimal number = missing ? null : value.decimalValue();
            values.add(new KoladaValue(kpi, municipality, year, gender, number));
        }
        return values;
    }

    private static String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null
                || !node.isValueNode()
                || node.isNull()
                || node.asText().isBlank()) {
            throw KoladaResponseException.unreadable("fältet " + field + " saknas", null);
        }
        return node.asText();
    }

    private static boolean flag(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : node.asInt(0) != 0;
    }

    private static List<String> ids(Collection<String> ids, Pattern pattern, String what) {
        Objects.requireNonNull(ids, what + " ids");
        var distinct = new LinkedHashSet<String>();
        for (String id : ids) {
            if (id == null || !pattern.matcher(id).matches()) {
                throw new IllegalArgumentException("not a Kolada " + what + " id: " + id);
            }
            distinct.add(id);
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("no " + what + " ids given");
        }
        return List.copyOf(distinct);
    }

    private static List<String> years(Collection<Integer> years) {
        Objects.requireNonNull(years, "years");
        var distinct = new LinkedHashSet<String>();
        for (Integer year : years) {
            if (year == null || year < 1900 || year > 2999) {
                throw new IllegalArgumentException("not a year: " + year);
            }
            distinct.add(year.toString());
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("no years given");
        }
        return List.copyOf(distinct);
    }

    /** The requests one call has sent, retries included. */
    private static final class Requests {
        int count;
    }
}
