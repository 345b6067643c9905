package se.valdsprevention.web.situation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kolada v3 on 127.0.0.1 for the workspace's tests, in Kolada's documented shape: {@code /v3/kpi/{ids}} describes
 * every id asked for, {@code /v3/data/kpi/{kpis}/municipality/{ids}/year/{years}} answers the values a test set,
 * and a value set to null is sent as {@code "status":"Missing"} with a null value. A test may make it answer an
 * HTTP status instead. Nothing here reaches the internet.
 */
final class LocalKolada implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String[]> values = new ConcurrentHashMap<>();
    private final AtomicInteger failWith = new AtomicInteger();
    private final AtomicInteger dataRequests = new AtomicInteger();

    private LocalKolada() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v3/", this::handle);
        server.start();
    }

    static LocalKolada start() {
        try {
            return new LocalKolada();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
    }

    /** Sets women (K), men (M) and total (T) of a key figure; null is Kolada's Missing. */
    LocalKolada set(String kpi, String municipality, int year, String women, String men, String total) {
        values.put(kpi + "/" + municipality + "/" + year, new String[] {women, men, total});
        return this;
    }

    void clear() {
        values.clear();
        failWith.set(0);
        dataRequests.set(0);
    }

    /** Every request is answered with this status until {@link #clear()}. */
    void failWith(int status) {
        failWith.set(status);
    }

    int dataRequests() {
        return dataRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (failWith.get() != 0) {
                reply(exchange, failWith.get(), "{\"message\":\"stub\"}");
                return;
            }
            String[] segments = exchange.getRequestURI().getPath().split("/");
            ObjectNode page = JSON.createObjectNode();
            ArrayNode rows = page.putArray("values");
            if (segments.length == 4 && segments[2].equals("kpi")) {
                for (String id : segments[3].split(",")) {
                    rows.addObject()
                            .put("id", id)
                            .put("title", "Nyckeltal " + id)
                            .put("is_divided_by_gender", 1);
                }
            } else if (segments.length == 9 && segments[2].equals("data")) {
                dataRequests.incrementAndGet();
                for (String kpi : segments[4].split(",")) {
                    for (String municipality : segments[6].split(",")) {
                        for (String year : segments[8].split(",")) {
                            String[] set = values.get(kpi + "/" + municipality + "/" + year);
                            if (set != null) {
                                row(rows.addObject(), kpi, municipality, Integer.parseInt(year), set);
                            }
                        }
                    }
                }
            } else {
                reply(exchange, 404, "{\"message\":\"not found\"}");
                return;
            }
            page.put("count", rows.size());
            page.putNull("next_url");
            page.putNull("previous_url");
            reply(exchange, 200, JSON.writeValueAsString(page));
        }
    }

    private static void row(ObjectNode row, String kpi, String municipality, int year, String[] set) {
        row.put("kpi", kpi).put("municipality", municipality).put("period", year);
        ArrayNode genders = row.putArray("values");
        String[] codes = {"K", "M", "T"};
        for (int i = 0; i < 3; i++) {
            ObjectNode value = genders.addObject().put("gender", codes[i]).put("count", 1);
            if (set[i] == null) {
                value.put("status", "Missing").putNull("value");
            } else {
                value.put("status", "").put("value", new java.math.BigDecimal(set[i]));
            }
            value.put("isdeleted", false);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
