package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad requests get the status the xAPI specification gives them and a message naming the problem, store
 * nothing, and leave the LRS working.
 */
class BadInputIT extends DeployedCareLearn {

    private Lrs lrs;
    private String verb;

    @BeforeEach
    void setUp() {
        lrs = new Lrs(base);
        verb = "https://carelearn.example/verbs/bad-input/" + UUID.randomUUID();
    }

    /** Whatever the request, nothing with this test's verb was stored and the LRS still answers. */
    @AfterEach
    void nothingStoredAndStillHealthy() {
        HttpResponse<String> found = lrs.send("GET", "statements?verb=" + URLEncoder.encode(verb, StandardCharsets.UTF_8),
                null, null);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(0, Json.object(found.body()).getJsonArray("statements").size(), "nothing was stored");
        assertEquals(200, lrs.send("GET", "about", null, null).statusCode());
    }

    private String statement(String id, String verbId) {
        return """
                {"id":"%s","actor":{"mbox":"mailto:omar.haddad@lindenridge.example"},"verb":{"id":"%s"},
                 "object":{"id":"https://carelearn.example/activities/heard"}}""".formatted(id, verbId);
    }

    @Test
    void malformedJsonIs400() {
        HttpResponse<String> response = lrs.send("POST", "statements", "application/json",
                statement(UUID.randomUUID().toString(), verb).replace("}}", "}"));
        assertEquals(400, response.statusCode());
        assertEquals("The request body is not valid JSON", Json.object(response.body()).getString("message"));
    }

    @Test
    void aWrongContentTypeIs400() {
        HttpResponse<String> response = lrs.send("POST", "statements", "text/plain",
                statement(UUID.randomUUID().toString(), verb));
        assertEquals(400, response.statusCode());
        assertTrue(Json.object(response.body()).getString("message").contains("text/plain"));
    }

    @Test
    void aTenMegabyteStatementIs413() {
        String huge = statement(UUID.randomUUID().toString(), verb).replace("\"object\"",
                "\"result\":{\"response\":\"" + "x".repeat(10 * 1024 * 1024) + "\"},\"object\"");
        HttpResponse<String> response = lrs.send("POST", "statements", "application/json", huge);
        assertEquals(413, response.statusCode());
    }

    @Test
    void anInvalidIriIs400NamingTheProperty() {
        HttpResponse<String> response = lrs.send("POST", "statements", "application/json",
                "[" + statement(UUID.randomUUID().toString(), verb) + ","
                        + statement(UUID.randomUUID().toString(), "not an iri") + "]");
        assertEquals(400, response.statusCode());
        assertTrue(Json.object(response.body()).getString("message").startsWith("statement.verb.id"),
                response.body());
    }

    @Test
    void aReusedIdWithDifferentContentIs409AndTheFirstStays() {
        String id = UUID.randomUUID().toString();
        String other = "https://carelearn.example/verbs/other/" + UUID.randomUUID();
        assertEquals(204, lrs.send("PUT", "statements?statementId=" + id, "application/json", statement(id, other))
                .statusCode());
        HttpResponse<String> reused = lrs.send("PUT", "statements?statementId=" + id, "application/json",
                statement(id, verb));
        assertEquals(409, reused.statusCode());
        assertTrue(Json.object(reused.body()).getString("message").contains(id));
        assertTrue(lrs.send("GET", "statements?statementId=" + id, null, null).body().contains(other));
    }

    @Test
    void missingOrWrongCredentialsAre401() {
        byte[] body = statement(UUID.randomUUID().toString(), verb).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> none = lrs.send("POST", "statements", "application/json", body, null, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, lrs.send("POST", "statements", "application/json", body, Lrs.KEY, "wrong").statusCode());
        assertEquals(401, lrs.send("POST", "statements", "application/json", body, "nobody", Lrs.SECRET).statusCode());
    }

    @Test
    void aDoubledSlashAfterTheEndpointIsReadAsOne() {
        assertEquals(200, lrs.send("GET", "/about", null, null).statusCode(), "xapi//about");
        String id = UUID.randomUUID().toString();
        String other = "https://carelearn.example/verbs/doubled-slash/" + UUID.randomUUID();
        HttpResponse<String> stored = lrs.send("PUT", "/statements?statementId=" + id, "application/json",
                statement(id, other));
        assertEquals(204, stored.statusCode(), "xapi//statements: " + stored.body());
        HttpResponse<String> read = lrs.send("GET", "//statements?statementId=" + id, null, null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains(other), read.body());
        String agent = URLEncoder.encode("{\"mbox\":\"mailto:omar.haddad@lindenridge.example\"}", StandardCharsets.UTF_8);
        assertEquals(204, lrs.send("PUT", "/activities/state?stateId=doubled&activityId="
                + URLEncoder.encode("https://carelearn.example/activities/heard", StandardCharsets.UTF_8) + "&agent="
                + agent, "application/json", "{\"seen\": 1}").statusCode(), "xapi//activities/state");
    }
}
