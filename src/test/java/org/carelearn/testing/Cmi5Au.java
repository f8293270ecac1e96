package org.carelearn.testing;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An AU written in Java for the tests: it takes a launch URL the way cmi5 section 8 gives it, calls the
 * fetch URL, and speaks xAPI with the session's auth-token, so tests can act as a well-behaved AU or break
 * the rules on purpose.
 */
public final class Cmi5Au {

    public static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final String url;
    private String authorization;

    public Cmi5Au(String launchUrl) {
        int query = launchUrl.indexOf('?');
        this.url = launchUrl.substring(0, query);
        for (String pair : launchUrl.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }

    public String url() {
        return url;
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    public JsonObject actor() {
        return Json.object(parameter("actor"));
    }

    /** The Authorization header the AU sends: "Basic " and its auth-token. */
    public String authorization() {
        return authorization;
    }

    /** POSTs to the fetch URL; keeps the auth-token when there is one. Returns the JSON answer. */
    public JsonObject fetch() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(parameter("fetch")))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new AssertionError("fetch answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject answer = Json.object(response.body());
        if (answer.containsKey("auth-token")) {
            authorization = "Basic " + answer.getString("auth-token");
        }
        return answer;
    }

    /** The session id and secret inside the auth-token (it is HTTP Basic credentials). */
    public String[] credentials() {
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        return decoded.split(":", 2);
    }

    /**
     * Starts the way cmi5 asks an AU to: the auth-token from the fetch URL, then LMS.LaunchData and the
     * learner preferences (both before initialized). Returns the launch data.
     */
    public JsonObject start() {
        fetch();
        JsonObject data = launchData();
        HttpResponse<String> preferences = xapi("GET", "agents/profile?profileId=cmi5LearnerPreferences&agent="
                + encode(parameter("actor")), null);
        if (preferences.statusCode() != 200) {
            throw new AssertionError("cmi5LearnerPreferences: " + preferences.statusCode() + " " + preferences.body());
        }
        return data;
    }

    public JsonObject launchData() {
        HttpResponse<String> response = xapi("GET", "activities/state?stateId=LMS.LaunchData&activityId="
                + encode(parameter("activityId")) + "&agent=" + encode(parameter("actor")) + "&registration="
                + parameter("registration"), null);
        if (response.statusCode() != 200) {
            throw new AssertionError("LMS.LaunchData: " + response.statusCode() + " " + response.body());
        }
        return Json.object(response.body());
    }

    /**
     * A statement about the launched AU in this session, with the context template of the launch data (and,
     * for passed and failed, the masteryScore of the launch data as cmi5 9.6.3.2 asks).
     */
    public String statement(JsonObject launchData, String verb, String result, boolean cmi5) {
        JsonObject template = launchData.getJsonObject("contextTemplate");
        JsonObject extensions = template.getJsonObject("extensions");
        if (cmi5 && launchData.containsKey("masteryScore") && (verb.endsWith("/passed") || verb.endsWith("/failed"))) {
            extensions = jakarta.json.Json.createObjectBuilder(extensions)
                    .add("https://w3id.org/xapi/cmi5/context/extensions/masteryscore",
                            launchData.getJsonNumber("masteryScore"))
                    .build();
        }
        String category = cmi5 ? ", \"category\": [{\"id\": \"" + CMI5 + "\"}"
                + (result != null && (result.contains("success") || result.contains("completion"))
                        ? ", {\"id\": \"" + MOVEON + "\"}" : "") + "]" : "";
        String grouping = template.getJsonObject("contextActivities").getJsonArray("grouping").toString();
        return "{\"id\": \"" + UUID.randomUUID() + "\", \"timestamp\": \"" + Instant.now() + "\", \"actor\": "
                + parameter("actor") + ", \"verb\": {\"id\": \"" + verb + "\"}, \"object\": {\"id\": \""
                + parameter("activityId") + "\"}, " + (result == null ? "" : "\"result\": " + result + ", ")
                + "\"context\": {\"registration\": \"" + parameter("registration") + "\", \"contextActivities\":"
                + " {\"grouping\": " + grouping + category + "}, \"extensions\": " + extensions + "}}";
    }

    public HttpResponse<String> post(String statementJson) {
        return xapi("POST", "statements", statementJson);
    }

    public HttpResponse<String> xapi(String method, String path, String body) {
        String endpoint = parameter("endpoint");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + (endpoint.endsWith("/") ? "" : "/")
                        + path))
                .header("X-Experience-API-Version", "1.0.3")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    public static String encode(String text) {
        return WebClient.encode(text);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
