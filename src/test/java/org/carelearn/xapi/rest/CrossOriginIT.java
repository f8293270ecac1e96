package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.Test;

/**
 * An AU on its publisher's server reaches the LRS from its own origin, as a browser does it: a preflight
 * without credentials is answered, and the real request carries the headers the page may read.
 */
class CrossOriginIT extends DeployedCareLearn {

    private static final String ORIGIN = "https://courses.publisher.example";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPreflightIsAnsweredWithoutCredentials() throws IOException, InterruptedException {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(base + "xapi/statements"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-experience-api-version")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        assertTrue(allowed.contains("Authorization") && allowed.contains("X-Experience-API-Version"), allowed);
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void theRealRequestStillNeedsCredentialsAndExposesTheLrsHeaders() throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + "xapi/statements?limit=1"))
                .header("Origin", ORIGIN).header("X-Experience-API-Version", "1.0.3");
        HttpResponse<String> anonymous = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());

        String basic = Base64.getEncoder().encodeToString((Lrs.KEY + ":" + Lrs.SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> read = http.send(get.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElse("")
                .contains("X-Experience-API-Consistent-Through"));
    }

    /**
     * A page's script whose credentials are refused gets its 401 without a Basic challenge, which would make
     * the browser ask the learner for a password instead of handing the 401 to the page.
     */
    @Test
    void aScriptWhoseCredentialsAreRefusedGetsNoBasicChallenge() throws IOException, InterruptedException {
        String wrong = Base64.getEncoder().encodeToString((Lrs.KEY + ":wrong").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "xapi/statements?limit=1"))
                .header("Origin", ORIGIN).header("Sec-Fetch-Mode", "cors").header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic " + wrong).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
        assertFalse(challenge.isEmpty() || challenge.startsWith("Basic"), challenge);
    }
}
