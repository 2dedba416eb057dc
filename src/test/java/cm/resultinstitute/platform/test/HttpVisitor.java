package cm.resultinstitute.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the pages over real HTTP, with cookies it keeps itself and sends to whichever instance it talks to,
 * as a browser behind a load balancer does; it follows no redirect, so tests see every {@code Location}.
 */
public final class HttpVisitor {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    public HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    /** What htmx asks for when it swaps a part of a page. */
    public HttpResponse<String> getFragment(String url) {
        return send(request(url).header("HX-Request", "true").GET());
    }

    /** Posts a form with the CSRF token of the last page that had one. */
    public HttpResponse<String> post(String url, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            form.put("_csrf", csrfToken);
        }
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form of the instance at {@code baseUrl}; the answer is the redirect it gave. */
    public HttpResponse<String> signIn(String baseUrl, String email, String password) {
        get(baseUrl + "/login");
        return post(baseUrl + "/login", Map.of("email", email, "password", password));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** An API call with a bearer token, over real HTTP. */
    public static HttpResponse<String> bearer(String method, String url, String accessToken, String jsonBody) {
        return bearer(method, url, accessToken, jsonBody, Map.of());
    }

    /** An API call with a bearer token and more headers (an {@code Idempotency-Key}), over real HTTP. */
    public static HttpResponse<String> bearer(
            String method, String url, String accessToken, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        headers.forEach(request::header);
        return sendOnce(request.build());
    }

    /** A JSON call without credentials. */
    public static HttpResponse<String> json(String method, String url, String jsonBody) {
        return sendOnce(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = sendOnce(request.build());
        response.headers().allValues("Set-Cookie").forEach(this::keep);
        Matcher csrf = CSRF_FIELD.matcher(response.body());
        if (csrf.find()) {
            csrfToken = csrf.group(1);
        }
        return response;
    }

    private void keep(String setCookie) {
        String[] parts = setCookie.split(";");
        String[] pair = parts[0].split("=", 2);
        boolean removed = pair.length < 2
                || pair[1].isEmpty()
                || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
        if (removed) {
            cookies.remove(pair[0].trim());
        } else {
            cookies.put(pair[0].trim(), pair[1].trim());
        }
    }

    private static HttpResponse<String> sendOnce(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
