package org.carelearn.testing;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The LRS as its clients reach it: the demo client's credentials and plain HTTP for what jxapi cannot send. */
public final class Lrs {

    /** The demo data's LRS client (src/main/java/org/carelearn/demo/DemoHospital.java). */
    public static final String KEY = "demo-lrs-client";
    public static final String SECRET = "Demo-LRS-Secret-2026";

    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Lrs(URL base) {
        this.endpoint = (base.toString().endsWith("/") ? base.toString() : base + "/") + "xapi/";
    }

    /** The endpoint for jxapi's clients, which append the resource name. */
    public String endpoint() {
        return endpoint;
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String key,
            String secret) {
        return exchange("1.0.3", method, path, contentType, body, key, secret, Map.of());
    }

    /**
     * A request of the demo client in the xAPI edition {@code version} names (X-Experience-API-Version; null
     * sends none), with extra headers such as If-Match.
     */
    public HttpResponse<String> sendAs(String version, String method, String path, String contentType, String body,
            Map<String, String> headers) {
        return exchange(version, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                KEY, SECRET, headers);
    }

    private HttpResponse<String> exchange(String version, String method, String path, String contentType, byte[] body,
            String key, String secret, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (version != null) {
            request.header("X-Experience-API-Version", version);
        }
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), KEY, SECRET);
    }

    /**
     * The short names of the verbs ("launched", "passed") of a registration's statements, sorted, read with
     * the demo LRS client (the first page holds them all in these tests: up to 500).
     */
    public List<String> verbsOf(String registration) {
        HttpResponse<String> response = send("GET", "statements?registration=" + registration + "&limit=500",
                null, (String) null);
        if (response.statusCode() != 200) {
            throw new AssertionError("Statements of registration " + registration + ": " + response.statusCode()
                    + " " + response.body());
        }
        return Json.object(response.body()).getJsonArray("statements").stream().map(JsonValue::asJsonObject)
                .map(s -> s.getJsonObject("verb").getString("id")).map(v -> v.substring(v.lastIndexOf('/') + 1))
                .sorted().toList();
    }

    /** The same verbs, counted. */
    public Map<String, Long> verbCountsOf(String registration) {
        return verbsOf(registration).stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }
}
