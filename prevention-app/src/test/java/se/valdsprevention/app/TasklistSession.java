package se.valdsprevention.app;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Logs in to Tasklist the way the browser does: open the page for a session and CSRF token, post
 * the login form, then call the webapp's own engine API with the session cookie.
 */
final class TasklistSession {

    private final TestRestTemplate rest;
    private String cookies;
    private String csrfToken;

    private TasklistSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    static TasklistSession open(TestRestTemplate rest) {
        TasklistSession session = new TasklistSession(rest);
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        if (page.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException("Tasklist page answered " + page.getStatusCode());
        }
        session.remember(page.getHeaders());
        return session;
    }

    HttpStatus login(String user, String password) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> response = rest.exchange(
                "/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);
        remember(response.getHeaders());
        return HttpStatus.valueOf(response.getStatusCode().value());
    }

    /** A GET through the webapp's engine API, as Tasklist's own screens make it. */
    ResponseEntity<String> get(String enginePath) {
        return rest.exchange(
                "/camunda/api/engine/engine/default" + enginePath,
                HttpMethod.GET,
                new HttpEntity<>(headers()),
                String.class);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookies);
        headers.add("X-XSRF-TOKEN", csrfToken);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    private void remember(HttpHeaders response) {
        String token = response.getFirst("X-XSRF-TOKEN");
        if (token != null && !"Required".equals(token)) {
            csrfToken = token;
        }
        List<String> setCookies = response.get(HttpHeaders.SET_COOKIE);
        if (setCookies != null && !setCookies.isEmpty()) {
            cookies = String.join(
                    "; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
        }
    }
}
