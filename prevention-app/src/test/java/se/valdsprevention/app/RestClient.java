package se.valdsprevention.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the engine REST API and the domain API as one demo user, with that user's own credentials. */
public final class RestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;

    private RestClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public static RestClient as(TestRestTemplate rest, String user, String password) {
        return new RestClient(rest.withBasicAuth(user, password));
    }

    public static RestClient as(TestRestTemplate rest, String user) {
        return new RestClient(rest.withBasicAuth(user, "demo"));
    }

    public static RestClient anonymous(TestRestTemplate rest) {
        return new RestClient(rest);
    }

    public ResponseEntity<String> get(String path) {
        return rest.getForEntity(path, String.class);
    }

    public ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** Sends {@code json} as it is, so a test can send malformed or oversized bodies. */
    public ResponseEntity<String> put(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return rest.exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    }

    public JsonNode json(String path) {
        return read(get(path).getBody());
    }

    /** Starts an IAVP cycle; returns the response so callers can check refusals. */
    public ResponseEntity<String> startCycle(String municipalityCode) {
        return post(
                "/engine-rest/process-definition/key/iavpCycle/start",
                Map.of(
                        "variables",
                        Map.of(
                                "municipalityCode", Map.of("value", municipalityCode),
                                "cycleLabel", Map.of("value", "2026"))));
    }

    /** The ids of the tasks this user sees. */
    public List<String> visibleTaskIds() {
        List<String> ids = new ArrayList<>();
        json("/engine-rest/task?maxResults=1000")
                .forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}
