package org.carelearn.xapi.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.XapiEdition;
import org.carelearn.xapi.domain.statement.StoredStatement;
import org.junit.jupiter.api.Test;

/**
 * A statement is completed before the write waits for the position lock and stamped with its stored time under
 * it: the stored text must be exactly the statement the LRS used to build whole under the lock.
 */
class CompletedTest {

    private static final LrsCredentials CLIENT = LrsCredentials.ofClient("ward-7-tablet", "Ward 7 tablet", true, true,
            "https://lms.lindenridge.example/xapi/clients");
    private static final Instant STORED = Instant.parse("2026-12-03T16:30:00.123Z");

    private static final String SENT = """
            {"id": "6f1c1a4e-8d3b-4c55-9a76-3f0c2b1d9e10",
             "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
             "object": {"id": "https://carelearn.example/activities/handover-drill"},
             "context": {"registration": "0AF1C1A4-8D3B-4C55-9A76-3F0C2B1D9E11",
                         "instructor": {"mbox": "mailto:charge.nurse@carelearn.example"},
                         "contextActivities": {"parent": {"id": "https://carelearn.example/courses/handover"}}}}
            """;

    @Test
    void aStatementWithoutTimestampOrVersionGetsThemAndItsStoredTimeLast() {
        Completed completed = Completed.of(parse(SENT), CLIENT, XapiEdition.XAPI_1_0_3);
        StoredStatement row = completed.at(STORED);
        JsonObject stored = parse(row.json());

        assertEquals(completed.stamped(STORED), stored, "the text is the statement the LRS returns");
        assertEquals("2026-12-03T16:30:00.123Z", stored.getString("stored"));
        assertEquals("2026-12-03T16:30:00.123Z", stored.getString("timestamp"), "no timestamp sent: the stored time");
        assertEquals("1.0.0", stored.getString("version"));
        assertEquals(CLIENT.authority(), stored.getJsonObject("authority"));
        assertTrue(stored.getJsonObject("context").getJsonObject("contextActivities").get("parent")
                .getValueType() == jakarta.json.JsonValue.ValueType.ARRAY, "context activities are stored as arrays");

        assertEquals(STORED, row.stored());
        assertEquals("http://adlnet.gov/expapi/verbs/attended", row.verbId());
        assertEquals("0af1c1a4-8d3b-4c55-9a76-3f0c2b1d9e11", row.registration());
        assertNull(row.objectRef());
        assertEquals(Set.of("mbox:mailto:nurse.kim@carelearn.example"), row.actorOrObjectAgents());
        assertTrue(row.relatedAgents().contains("mbox:mailto:charge.nurse@carelearn.example"));
        assertTrue(row.relatedAgents().contains("account:https://lms.lindenridge.example/xapi/clients|ward-7-tablet"),
                "the authority is a related agent");
        assertEquals("https://carelearn.example/activities/handover-drill", row.objectActivity());
        assertTrue(row.relatedActivities().contains("https://carelearn.example/courses/handover"));
    }

    @Test
    void aStoredTimeOrAuthorityTheClientSentIsReplacedAndItsTimestampKept() {
        JsonObject sent = Jsons.createObjectBuilder(parse(SENT)).add("stored", "2001-01-01T00:00:00Z")
                .add("authority", parse("{\"mbox\": \"mailto:someone.else@carelearn.example\"}"))
                .add("timestamp", "2026-12-03T17:30:00+01:00").add("version", "1.0.3").build();
        Completed completed = Completed.of(sent, CLIENT, XapiEdition.XAPI_1_0_3);
        String text = completed.at(STORED).json();
        JsonObject stored = parse(text);

        assertEquals(completed.stamped(STORED), stored);
        assertEquals(text.indexOf("\"stored\""), text.lastIndexOf("\"stored\""), "one stored time in the text");
        assertEquals("2026-12-03T16:30:00.123Z", stored.getString("stored"));
        assertEquals(CLIENT.authority(), stored.getJsonObject("authority"));
        assertEquals("2026-12-03T17:30:00+01:00", stored.getString("timestamp"), "1.0.3 keeps it as sent");
        assertEquals("1.0.3", stored.getString("version"));
        assertFalse(text.contains("someone.else"));
    }

    @Test
    void twoPointZeroStoresTheTimestampInUtc() {
        JsonObject sent = Jsons.createObjectBuilder(parse(SENT)).add("timestamp", "2026-12-03T17:30:00+01:00").build();
        JsonObject stored = parse(Completed.of(sent, CLIENT, XapiEdition.XAPI_2_0_0).at(STORED).json());

        assertEquals("2026-12-03T16:30:00Z", stored.getString("timestamp"));
        assertEquals("2.0.0", stored.getString("version"));
    }

    @Test
    void aStatementRefIsIndexedByTheStatementItTargets() {
        JsonObject voiding = parse("""
                {"id": "7f1c1a4e-8d3b-4c55-9a76-3f0c2b1d9e12",
                 "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "6F1C1A4E-8D3B-4C55-9A76-3F0C2B1D9E10"}}
                """);
        StoredStatement row = Completed.of(voiding, CLIENT, XapiEdition.XAPI_1_0_3).at(STORED);

        assertEquals("6f1c1a4e-8d3b-4c55-9a76-3f0c2b1d9e10", row.objectRef());
        assertEquals("6f1c1a4e-8d3b-4c55-9a76-3f0c2b1d9e10", row.voids());
        assertNull(row.objectActivity());
    }

    private static JsonObject parse(String json) {
        try (var reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
