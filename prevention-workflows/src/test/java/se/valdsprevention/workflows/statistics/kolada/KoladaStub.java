package se.valdsprevention.workflows.statistics.kolada;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Kolada v3 on 127.0.0.1 on a free port, for tests: it answers {@code /v3/kpi/{ids}} and
 * {@code /v3/data/kpi/{kpis}/municipality/{ids}/year/{years}} in Kolada's documented shape, with rows generated from
 * the path, paged by {@code per_page} with an absolute {@code next_url}. Scripted replies (errors, a hang, broken
 * JSON) are served first, in order; after them, {@link #failWith} answers every request with an error. It records
 * every request's path and query. Public, and in this module's test-jar, so that prevention-web's tests use it too.
 */
public final class KoladaStub implements AutoCloseable {

    /** A scripted reply; {@code hang} answers nothing until the stub is closed. */
    public record Reply(int status, Map<String, String> headers, String body, boolean hang) {

        public static Reply status(int status) {
            return new Reply(status, Map.of(), "{\"message\":\"stub\"}", false);
        }

        public static Reply tooManyRequests(String retryAfter) {
            return new Reply(429, Map.of("Retry-After", retryAfter), "", false);
        }

        public static Reply body(String json) {
            return new Reply(200, Map.of(), json, false);
        }

        /** The stub's own generated answer, to let a scripted reply wait for a later request. */
        public static Reply generated() {
            return new Reply(-1, Map.of(), "", false);
        }

        public static Reply hanging() {
            return new Reply(0, Map.of(), "", true);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Queue<Reply> scripted = new ConcurrentLinkedQueue<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> unknownKpis = ConcurrentHashMap.newKeySet();
    private final Set<String> missing = ConcurrentHashMap.newKeySet();
    private volatile boolean unknownAsNotFound;
    private volatile int failingWith;

    private KoladaStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v3/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static KoladaStub start() {
        try {
            return new KoladaStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3");
    }

    /** Serves these replies first, one per request, before the generated data. */
    public KoladaStub then(Reply... replies) {
        scripted.addAll(List.of(replies));
        return this;
    }

    /** After the scripted replies, answers every request with {@code status} (for example 500) until {@link #recover}. */
    public KoladaStub failWith(int status) {
        failingWith = status;
        return this;
    }

    /** Serves the generated data again after {@link #failWith}, and forgets replies still scripted. */
    public KoladaStub recover() {
        failingWith = 0;
        scripted.clear();
        return this;
    }

    /** Kolada does not know this KPI: metadata leaves it out, data has no rows (or 404 with {@link #notFound()}). */
    public KoladaStub unknown(String kpi) {
        unknownKpis.add(kpi);
        return this;
    }

    /** Answers 404 to a question about an unknown KPI instead of an empty list. */
    public KoladaStub notFound() {
        unknownAsNotFound = true;
        return this;
    }

    /** The women's value of this KPI, municipality and year is marked "Missing", with a null value. */
    public KoladaStub missingForWomen(String kpi, String municipality, int year) {
        missing.add(kpi + "/" + municipality + "/" + year);
        return this;
    }

    /** The path and query of every request received, in order. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<String> dataRequests() {
        return requests().stream().filter(path -> path.startsWith("/v3/data/")).toList();
    }

    /** The value the stub serves: deterministic, so a test can check what came through. */
    public static int value(String kpi, String municipality, int year, Gender gender) {
        return Math.floorMod((kpi + municipality + year + gender.code()).hashCode(), 1000);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            requests.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            Reply reply = scripted.poll();
            if (reply == null) {
                reply = failingWith != 0 ? Reply.status(failingWith) : generate(uri);
            } else if (reply.status() == -1) {
                reply = generate(uri);
            }
            if (reply.hang()) {
                closing.await();
                return;
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply generate(URI uri) {
        String[] segments = uri.getPath().split("/");
        Map<String, String> query = query(uri);
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "5000"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<ObjectNode> rows = new ArrayList<>();
        boolean asksUnknown = false;
        if (segments.length == 4 && segments[2].equals("kpi")) {
            for (String id : segments[3].split(",")) {
                if (unknownKpis.contains(id)) {
                    asksUnknown = true;
                    continue;
                }
                ObjectNode kpi = JSON.createObjectNode();
                kpi.put("id", id);
                kpi.put("title", "Nyckeltal " + id);
                kpi.put("description", "Beskrivning av " + id);
                kpi.put("is_divided_by_gender", true);
                kpi.put("municipality_type", "K");
                rows.add(kpi);
            }
        } else if (segments.length == 9 && segments[2].equals("data")) {
            for (String kpi : segments[4].split(",")) {
                asksUnknown |= unknownKpis.contains(kpi);
                if (unknownKpis.contains(kpi)) {
                    continue;
                }
                for (String municipality : segments[6].split(",")) {
                    for (String year : segments[8].split(",")) {
                        rows.add(row(kpi, municipality, Integer.parseInt(year)));
                    }
                }
            }
        } else {
            return Reply.status(404);
        }
        if (asksUnknown && unknownAsNotFound) {
            return Reply.status(404);
        }
        int from = Math.min(rows.size(), (page - 1) * perPage);
        int to = Math.min(rows.size(), from + perPage);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode values = answer.putArray("values");
        rows.subList(from, to).forEach(values::add);
        answer.put("count", rows.size());
        String self = baseUrl().resolve(uri.getRawPath()).toString();
        if (to < rows.size()) {
            answer.put("next_url", self + "?page=" + (page + 1) + "&per_page=" + perPage);
        } else {
            answer.putNull("next_url");
        }
        if (page > 1) {
            answer.put("previous_url", self + "?page=" + (page - 1) + "&per_page=" + perPage);
        } else {
            answer.putNull("previous_url");
        }
        return Reply.body(answer.toString());
    }

    private ObjectNode row(String kpi, String municipality, int year) {
        ObjectNode row = JSON.createObjectNode();
        row.put("kpi", kpi);
        row.put("municipality", municipality);
        row.put("period", year);
        ArrayNode values = row.putArray("values");
        for (Gender gender : List.of(Gender.WOMEN, Gender.MEN, Gender.TOTAL)) {
            ObjectNode value = values.addObject();
            value.put("gender", gender.code());
            value.put("count", 1);
            value.put("isdeleted", false);
            if (gender == Gender.WOMEN && missing.contains(kpi + "/" + municipality + "/" + year)) {
                value.put("status", "Missing");
                value.putNull("value");
            } else {
                value.put("status", "");
                value.put("value", value(kpi, municipality, year, gender) + 0.5);
            }
        }
        return row;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new ConcurrentHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return query;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
