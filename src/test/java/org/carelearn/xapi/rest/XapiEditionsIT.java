package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * xAPI 2.0.0 beside 1.0.3 on one store, as a client of either edition sees it: the request's
 * X-Experience-API-Version chooses the rules and the shape of what comes back. ADL's suite proves each edition
 * alone (README, "ADL conformance"); this proves them together, which the suite never does.
 */
class XapiEditionsIT extends DeployedCareLearn {

    private static final String VERSION = "X-Experience-API-Version";

    private Lrs lrs;
    private String charge;

    @BeforeEach
    void setUp() {
        lrs = new Lrs(base);
        charge = "mailto:charge.nurse." + UUID.randomUUID() + "@lindenridge.example";
    }

    private String drill(String id, String context) {
        return """
                {"id":"%s","actor":{"mbox":"mailto:aisha.bello@lindenridge.example"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/attended"},
                 "object":{"id":"https://carelearn.example/activities/handover-drill"},
                 "timestamp":"2026-05-04T12:00:00.250-05:00","context":%s}""".formatted(id, context);
    }

    private HttpResponse<String> get(String version, String path) {
        return lrs.sendAs(version, "GET", path, null, null, Map.of());
    }

    @Test
    void eachEditionStoresByItsRulesAndReadsTheOthersStatements() {
        JsonObject about = Json.object(lrs.send("GET", "about", null, (String) null).body());
        assertTrue(about.getJsonArray("version").toString().contains("\"2.0.0\""), about.toString());
        assertTrue(about.getJsonArray("version").toString().contains("\"1.0.3\""), about.toString());

        String twoId = UUID.randomUUID().toString();
        String withAgents = drill(twoId, """
                {"contextAgents":[{"objectType":"contextAgent","agent":{"mbox":"%s"},
                  "relevantTypes":["https://carelearn.example/roles/observer"]}]}""".formatted(charge));
        HttpResponse<String> refused = lrs.sendAs("1.0.3", "POST", "statements", "application/json", withAgents, Map.of());
        assertEquals(400, refused.statusCode(), "1.0.3 has no contextAgents");
        assertTrue(Json.object(refused.body()).getString("message").startsWith("statement.context.contextAgents"),
                refused.body());
        HttpResponse<String> stored = lrs.sendAs("2.0.0", "POST", "statements", "application/json", withAgents, Map.of());
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals("2.0.0", stored.headers().firstValue(VERSION).orElseThrow());

        HttpResponse<String> asTwo = get("2.0.0", "statements?statementId=" + twoId);
        assertEquals("2.0.0", asTwo.headers().firstValue(VERSION).orElseThrow());
        JsonObject two = Json.object(asTwo.body());
        assertEquals("2.0.0", two.getString("version"), "2.0.0 gives a statement without one its own version");
        assertEquals(charge, two.getJsonObject("context").getJsonArray("contextAgents").getJsonObject(0)
                .getJsonObject("agent").getString("mbox"));
        assertEquals("2026-05-04T17:00:00.250Z", two.getString("timestamp"), "2.0.0 stores timestamps in UTC");

        HttpResponse<String> asOne = get("1.0.3", "statements?statementId=" + twoId);
        assertEquals("1.0.3", asOne.headers().firstValue(VERSION).orElseThrow());
        JsonObject one = Json.object(asOne.body());
        assertEquals("1.0.0", one.getString("version"), "a 1.0.3 client reads a 1.0.x statement");
        assertFalse(one.getJsonObject("context").containsKey("contextAgents"), one.toString());

        String related = "statements?related_agents=true&agent="
                + URLEncoder.encode("{\"mbox\":\"" + charge + "\"}", StandardCharsets.UTF_8);
        assertEquals(twoId, Json.object(get("2.0.0", related).body()).getJsonArray("statements").getJsonObject(0)
                .getString("id"), "a context agent is a related agent");

        String oneId = UUID.randomUUID().toString();
        assertEquals(200, lrs.sendAs("1.0.3", "POST", "statements", "application/json",
                drill(oneId, "{\"language\":\"en-US\"}"), Map.of()).statusCode());
        JsonObject oneAsTwo = Json.object(get("2.0.0", "statements?statementId=" + oneId).body());
        assertEquals("1.0.0", oneAsTwo.getString("version"), "2.0.0 returns a 1.0.x statement as it was stored");
        assertEquals("2026-05-04T12:00:00.250-05:00", oneAsTwo.getString("timestamp"));

        HttpResponse<String> noVersion = get(null, "statements?statementId=" + oneId);
        assertEquals(400, noVersion.statusCode());
        assertEquals("2.0.0", noVersion.headers().firstValue(VERSION).orElseThrow(),
                "refused in the edition this client named last");
    }

    @Test
    void documentsAnswerConditionalRequestsAndTwoPointZeroGuardsStateReplacement() {
        String scope = "activities/state?activityId=" + URLEncoder.encode(
                "https://carelearn.example/activities/handover-drill", StandardCharsets.UTF_8) + "&agent="
                + URLEncoder.encode("{\"mbox\":\"" + charge + "\"}", StandardCharsets.UTF_8);
        String document = scope + "&stateId=bookmark";
        assertEquals(204, lrs.sendAs("2.0.0", "PUT", document, "application/json", "{\"page\":3}", Map.of())
                .statusCode(), "a new state document needs no precondition");

        HttpResponse<String> read = get("2.0.0", document);
        assertEquals(200, read.statusCode());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String modified = read.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, lrs.sendAs("2.0.0", "GET", document, null, null, Map.of("If-None-Match", etag)).statusCode());
        assertEquals(304, lrs.sendAs("2.0.0", "GET", document, null, null, Map.of("If-Modified-Since", modified))
                .statusCode());
        assertEquals(304, lrs.sendAs("1.0.3", "GET", document, null, null, Map.of("If-None-Match", etag)).statusCode());
        HttpResponse<String> ids = get("2.0.0", scope);
        assertEquals("[\"bookmark\"]", ids.body());
        assertEquals(modified, ids.headers().firstValue("Last-Modified").orElseThrow());

        HttpResponse<String> blind = lrs.sendAs("2.0.0", "PUT", document, "application/json", "{\"page\":9}", Map.of());
        assertEquals(409, blind.statusCode(), "2.0.0: replacing a state document needs If-Match");
        assertEquals("{\"page\":3}", get("2.0.0", document).body(), "the refused PUT changed nothing");
        assertEquals(204, lrs.sendAs("2.0.0", "PUT", document, "application/json", "{\"page\":9}",
                Map.of("If-Match", etag)).statusCode());
        assertEquals(200, lrs.sendAs("2.0.0", "GET", document, null, null, Map.of("If-None-Match", etag)).statusCode(),
                "changed since that ETag");
        assertEquals(204, lrs.sendAs("1.0.3", "PUT", document, "application/json", "{\"page\":12}", Map.of())
                .statusCode(), "1.0.3 keeps replacing state documents without a precondition, as cmi5 content does");
        assertEquals("{\"page\":12}", get("1.0.3", document).body());
    }
}
