package se.valdsprevention.app;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
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
 * Logs in the way the browser does: open the workspace's login page for a session and CSRF token, post the
 * login form, then call Tasklist's own engine API with the same session cookie (one login for both).
 */
final class TasklistSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate rest;
    private final java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
    private String cookies;
    private String csrfToken;

    private TasklistSession(TestRestTemplate rest) {
        this.rest = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private String formToken;

    static TasklistSession open(TestRestTemplate rest) {
        TasklistSession session = new TasklistSession(rest);
        ResponseEntity<String> page = session.rest.getForEntity("/login", String.class);
        if (page.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException("The login page answered " + page.getStatusCode());
        }
        session.remember(page.getHeaders());
        Matcher token = FORM_TOKEN.matcher(page.getBody());
        if (!token.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        session.formToken = token.group(1);
        return session;
    }

    /** Posts the login form; OK when it leads on to the start page, UNAUTHORIZED when it leads back to the login. */
    HttpStatus login(String user, String password) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", formToken);
        ResponseEntity<String> response =
                rest.exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        remember(response.getHeaders());
        String location = String.valueOf(response.getHeaders().getLocation());
        if (response.getStatusCode().is3xxRedirection() && !location.contains("/login")) {
            ResponseEntity<String> tasklist = rest.exchange(
                    "/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(headers()), String.class);
            remember(tasklist.getHeaders());
            return HttpStatus.OK;
        }
        return HttpStatus.UNAUTHORIZED;
    }

    /** A GET through the webapp's engine API, as Tasklist's own screens make it. */
    ResponseEntity<String> get(String enginePath) {
        return rest.exchange(
                "/camunda/api/engine/engine/default" + enginePath,
                HttpMethod.GET,
                new HttpEntity<>(headers()),
                String.class);
    }

    /** A POST of a JSON body through the webapp's engine API, as Tasklist submits a form. */
    ResponseEntity<String> post(String enginePath, Object body) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(
                "/camunda/api/engine/engine/default" + enginePath,
                HttpMethod.POST,
                new HttpEntity<>(body, headers),
                String.class);
    }

    /** A POST of a JSON body through the webapp's engine API, answered in {@code accept} (Tasklist asks for HAL). */
    ResponseEntity<String> post(String enginePath, Object body, MediaType accept) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(accept));
        return rest.exchange(
                "/camunda/api/engine/engine/default" + enginePath,
                HttpMethod.POST,
                new HttpEntity<>(body, headers),
                String.class);
    }

    /** A GET of one of the workspace's own pages (or its PDF) in the logged-in session. */
    <T> ResponseEntity<T> page(String path, MediaType accept, Class<T> type) {
        HttpHeaders headers = headers();
        headers.setAccept(List.of(accept));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }

    /** A PUT of a JSON body through the webapp's engine API. */
    ResponseEntity<String> put(String enginePath, Object body) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(
                "/camunda/api/engine/engine/default" + enginePath,
                HttpMethod.PUT,
                new HttpEntity<>(body, headers),
                String.class);
    }

    /** A workspace page or download with the session, as the browser opens it; redirects are not followed. */
    <T> ResponseEntity<T> page(String path, Class<T> type) {
        HttpHeaders headers = headers();
        headers.setAccept(List.of(MediaType.ALL));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (cookies != null) {
            headers.add(HttpHeaders.COOKIE, cookies);
        }
        if (csrfToken != null) {
            headers.add("X-XSRF-TOKEN", csrfToken);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    private void remember(HttpHeaders response) {
        String token = response.getFirst("X-XSRF-TOKEN");
        if (token != null && !"Required".equals(token)) {
            csrfToken = token;
        }
        List<String> setCookies = response.get(HttpHeaders.SET_COOKIE);
        if (setCookies != null) {
            for (String setCookie : setCookies) {
                String pair = setCookie.split(";", 2)[0];
                jar.put(pair.split("=", 2)[0], pair);
            }
            cookies = String.join("; ", jar.values());
        }
    }
}
