package se.valdsprevention.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser without JavaScript: keeps its cookies, follows no redirect by itself, and posts forms with the
 * CSRF token the page gave it, exactly as a plain HTML form would.
 */
public final class PageSession {

    private final String baseUrl;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    PageSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** An answer: its status, its redirect target (if any) and its body. */
    public record Page(int status, String location, String body, String url) {

        public Document document() {
            return Jsoup.parse(body, url);
        }

        public boolean redirectsTo(String path) {
            return status >= 300 && status < 400 && location != null && location.endsWith(path);
        }

        /** The text of the page's main content, whitespace normalised. */
        public String mainText() {
            Element main = document().selectFirst("main");
            return main == null ? document().text() : main.text();
        }
    }

    /** Logs in through the login form; throws unless it leads away from the login page. */
    public void login(String user, String password) {
        Page result = submit("/login", "form[action$=/login]", Map.of("username", user, "password", password));
        if (!result.redirectsTo("/")
                && (result.location() == null || result.location().contains("/login"))) {
            throw new IllegalStateException(
                    "Login as " + user + " failed: " + result.status() + " " + result.location());
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html"));
    }

    /** GET of a JSON API with this session's cookies, as Tasklist's own scripts make it. */
    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    /** GET that follows redirects within the application, as a browser does. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; page.status() >= 300 && page.status() < 400 && hops < 5; hops++) {
            page = get(page.location());
        }
        return page;
    }

    /**
     * Opens {@code pagePath}, fills the form matched by {@code formSelector} with its own values overridden by
     * {@code values}, and posts it (with the button named in {@code values} under "_button", if any).
     */
    public Page submit(String pagePath, String formSelector, Map<String, String> values) {
        return submitFrom(open(pagePath), formSelector, values);
    }

    /** The same as {@link #submitFrom}. */
    public Page submit(Page page, String formSelector, Map<String, String> values) {
        return submitFrom(page, formSelector, values);
    }

    /**
     * Fills the form matched by {@code formSelector} on a page already received (for example a form re-rendered
     * with one more row) with its own values overridden by {@code values}, and posts it.
     */
    public Page submitFrom(Page page, String formSelector, Map<String, String> values) {
        String pagePath = page.url();
        Element form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new IllegalStateException("No form " + formSelector + " on " + pagePath + ": " + page.status());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            if (name.isEmpty() || input.is("[type=submit], button")) {
                continue;
            }
            if (input.is("[type=checkbox], [type=radio]") && !input.hasAttr("checked")) {
                continue;
            }
            String value =
                    input.is("textarea") ? input.text() : input.is("select") ? selected(input) : input.attr("value");
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        values.forEach((name, value) -> fields.put(name, new ArrayList<>(List.of(value))));
        return post(form.absUrl("action").isEmpty() ? pagePath : form.absUrl("action"), fields);
    }

    /**
     * Fills the form matched by {@code formSelector} on a page already received (for example one re-rendered after
     * a post) with its own values overridden by {@code values}, and posts it, as the browser would from that page.
     */
    public Page submitOn(Page page, String formSelector, Map<String, String> values) {
        Element form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new IllegalStateException("No form " + formSelector + " on " + page.url() + ": " + page.status());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            if (name.isEmpty() || input.is("[type=submit], button")) {
                continue;
            }
            if (input.is("[type=checkbox], [type=radio]") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.is("textarea")
                    ? input.wholeText()
                    : input.is("select") ? selected(input) : input.attr("value");
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        values.forEach((name, value) -> fields.put(name, new ArrayList<>(List.of(value))));
        return post(form.absUrl("action").isEmpty() ? page.url() : form.absUrl("action"), fields);
    }

    /** Posts form fields as application/x-www-form-urlencoded; repeated names are sent repeatedly. */
    public Page post(String path, Map<String, List<String>> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, list) -> list.forEach(value -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
        }));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Posts multipart/form-data as a browser's file upload form does: the text {@code fields} (include {@code _csrf})
     * and one file under {@code fileField}.
     */
    public Page upload(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content) {
        String boundary =
                "----prevention" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET of raw bytes, for downloads: the status, the headers and the body as sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .GET()
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the first form on {@code path}, for tests that post by hand. */
    public String csrfToken(String path) {
        Element token = open(path).document().selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return token.attr("value");
    }

    /** A request built by the caller, sent with this session's cookies. */
    public Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(),
                    response.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request built by the caller, sent with this session's cookies; the whole response, headers included. */
    public HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a cookie this session holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(c -> c.getValue())
                .findFirst()
                .orElse(null);
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        if (option == null) {
            option = select.selectFirst("option");
        }
        return option == null ? "" : option.attr("value");
    }
}
