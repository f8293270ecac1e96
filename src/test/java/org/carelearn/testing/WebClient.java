package org.carelearn.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like HTTP client for tests that call CareLearn from outside: it keeps the session cookie
 * and signs in through the real FORM mechanism (j_security_check), as a person's browser would.
 */
public final class WebClient {

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    private final Duration timeout;

    public WebClient(URL base) {
        this(base, HttpClient.Version.HTTP_2, Duration.ofSeconds(120));
    }

    private WebClient(URL base, HttpClient.Version version, Duration timeout) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder().version(version).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    /**
     * For benchmarks whose requests take minutes on a loaded machine (a 20,000-row HR import): HTTP/1.1, as
     * LrsBench's client, since the server ends an upgraded HTTP/2 connection (GOAWAY) during an answer that long,
     * and a timeout of {@code timeout}.
     */
    public static WebClient signedInForLongRequests(URL base, DemoAccounts account, Duration timeout) {
        WebClient client = new WebClient(base, HttpClient.Version.HTTP_1_1, timeout);
        client.signIn(account.username, account.password);
        return client;
    }

    public static WebClient signedIn(URL base, DemoAccounts account) {
        WebClient client = new WebClient(base);
        client.signIn(account.username, account.password);
        return client;
    }

    /** Posts the sign-in form; returns the response to the post (302 to the page asked for, or to the error page). */
    public HttpResponse<String> signIn(String username, String password) {
        get("index.xhtml"); // as a browser: ask for a page, get the sign-in form, then post it
        return postForm("j_security_check", "j_username=" + encode(username) + "&j_password=" + encode(password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET whose body is kept as bytes: a PDF or another download. */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts bytes (a file upload as the request body). */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends any request and reads the answer as it comes (bytes, or a stream), keeping the session. */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(timeout).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The current session id, to check that it never appears where it must not. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getValue().split("\\.")[0]).findFirst().orElse(null);
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
