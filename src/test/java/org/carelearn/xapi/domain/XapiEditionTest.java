package org.carelearn.xapi.domain;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.carelearn.xapi.domain.validation.StatementValidationException;
import org.carelearn.xapi.domain.validation.StatementValidator;
import org.junit.jupiter.api.Test;

/** What differs between xAPI 1.0.3 and 2.0.0: the header, statement rules, and how each reads the other's. */
class XapiEditionTest {

    private static final StatementValidator V1 = new StatementValidator(XapiEdition.XAPI_1_0_3);
    private static final StatementValidator V2 = new StatementValidator(XapiEdition.XAPI_2_0_0);

    private static final String WITH_CONTEXT_AGENTS = """
            {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
             "object": {"id": "https://carelearn.example/activities/handover-drill"},
             "version": "2.0.0",
             "context": {"contextAgents": [{"objectType": "contextAgent",
                            "agent": {"mbox": "mailto:charge.nurse@carelearn.example"},
                            "relevantTypes": ["https://carelearn.example/roles/observer"]}],
                         "contextGroups": [{"objectType": "contextGroup",
                            "group": {"objectType": "Group", "mbox": "mailto:ward-7@carelearn.example"}}],
                         "registration": "6f1c1a4e-8d3b-4c55-9a76-3f0c2b1d9e10"}}
            """;

    @Test
    void theHeaderChoosesTheEdition() {
        assertEquals(Optional.of(XapiEdition.XAPI_1_0_3), XapiEdition.ofHeader("1.0.3"));
        assertEquals(Optional.of(XapiEdition.XAPI_1_0_3), XapiEdition.ofHeader("1.0"));
        assertEquals(Optional.of(XapiEdition.XAPI_2_0_0), XapiEdition.ofHeader("2.0.0"));
        assertEquals(Optional.of(XapiEdition.XAPI_2_0_0), XapiEdition.ofHeader(" 2.0 "));
        assertEquals(Optional.empty(), XapiEdition.ofHeader("1.1.0"));
        assertEquals(Optional.empty(), XapiEdition.ofHeader("0.95"));
        assertEquals(Optional.empty(), XapiEdition.ofHeader(null));
        assertEquals("2.0.0", XapiEdition.XAPI_2_0_0.header());
        assertEquals("1.0.3", XapiEdition.XAPI_1_0_3.header());
        assertTrue(XapiEdition.aboutVersions().containsAll(java.util.List.of("2.0.0", "1.0.3")));
    }

    @Test
    void statementVersionsFollowTheEdition() {
        assertTrue(XapiEdition.XAPI_2_0_0.acceptsStatementVersion("1.0.9"));
        assertTrue(XapiEdition.XAPI_2_0_0.acceptsStatementVersion("2.0.0"));
        assertFalse(XapiEdition.XAPI_2_0_0.acceptsStatementVersion("1.1.0"));
        assertFalse(XapiEdition.XAPI_1_0_3.acceptsStatementVersion("2.0.0"));
        assertEquals("2.0.0", XapiEdition.XAPI_2_0_0.assignedVersion());
        assertEquals("1.0.0", XapiEdition.XAPI_1_0_3.assignedVersion());
    }

    @Test
    void contextAgentsAndGroupsAreTwoPointZeroOnly() {
        assertDoesNotThrow(() -> V2.validate(parse(WITH_CONTEXT_AGENTS)));
        var refused = assertThrows(StatementValidationException.class,
                () -> V1.validate(parse(WITH_CONTEXT_AGENTS.replace("\"version\": \"2.0.0\",", ""))));
        assertTrue(refused.getMessage().startsWith("statement.context.contextAgents: "), refused.getMessage());
    }

    @Test
    void contextAgentRulesRefuseWhatTheStandardForbids() {
        String[][] cases = {
            {"\"objectType\": \"contextAgent\",", "\"objectType\": \"agent\",", "statement.context.contextAgents[0].objectType"},
            {"\"relevantTypes\": [\"https://carelearn.example/roles/observer\"]", "\"relevantTypes\": []",
                "statement.context.contextAgents[0].relevantTypes"},
            {"\"relevantTypes\": [\"https://carelearn.example/roles/observer\"]", "\"relevantTypes\": [\"observer\"]",
                "statement.context.contextAgents[0].relevantTypes[0]"},
            {"{\"mbox\": \"mailto:charge.nurse@carelearn.example\"}", "{\"name\": \"no identifier\"}",
                "statement.context.contextAgents[0].agent"},
            {"{\"objectType\": \"Group\", \"mbox\": \"mailto:ward-7@carelearn.example\"}",
                "{\"mbox\": \"mailto:ward-7@carelearn.example\"}", "statement.context.contextGroups[0].group.objectType"},
        };
        for (String[] c : cases) {
            String statement = WITH_CONTEXT_AGENTS.replace(c[0], c[1]);
            var e = assertThrows(StatementValidationException.class, () -> V2.validate(parse(statement)), c[1]);
            assertTrue(e.getMessage().startsWith(c[2] + ": "), () -> c[2] + " expected, got " + e.getMessage());
        }
    }

    @Test
    void twoPointZeroStoresTimestampsInUtc() {
        assertEquals("2023-05-04T17:00:00.250Z", XapiEdition.XAPI_2_0_0.storedTimestamp("2023-05-04T12:00:00.250-05:00"));
        assertEquals("2023-05-04T12:00:00.123456Z", XapiEdition.XAPI_2_0_0.storedTimestamp("2023-05-04T12:00:00.123456"));
        assertEquals("2023-05-04T12:00:00.250-05:00", XapiEdition.XAPI_1_0_3.storedTimestamp("2023-05-04T12:00:00.250-05:00"));
    }

    @Test
    void oneZeroThreeReadsATwoPointZeroStatementWithoutWhatItCannotRead() {
        JsonObject stored = parse(WITH_CONTEXT_AGENTS);
        JsonObject asOneZeroThree = XapiEdition.XAPI_1_0_3.present(stored);
        assertEquals("1.0.0", asOneZeroThree.getString("version"));
        JsonObject context = asOneZeroThree.getJsonObject("context");
        assertFalse(context.containsKey("contextAgents"));
        assertFalse(context.containsKey("contextGroups"));
        assertEquals("6f1c1a4e-8d3b-4c55-9a76-3f0c2b1d9e10", context.getString("registration"));
        assertDoesNotThrow(() -> V1.validate(asOneZeroThree));

        assertSame(stored, XapiEdition.XAPI_2_0_0.present(stored), "2.0.0 returns what was stored");
        JsonObject oneZero = parse("""
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/activities/handover-drill"},
                 "version": "1.0.0", "context": {"language": "en-US"}}
                """);
        assertSame(oneZero, XapiEdition.XAPI_1_0_3.present(oneZero), "a 1.0.x statement is returned as stored");
    }

    /**
     * The text check a query page relies on to send a statement as stored agrees with {@link XapiEdition#present}:
     * whenever it says "as stored", present returns the very statement; it may only err by sending one to be
     * presented that comes back the same. The texts are written as the LRS writes them (the JSON provider's
     * compact form).
     */
    @Test
    void theTextCheckAgreesWithPresent() {
        String actorVerbObject = """
                "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                "object": {"id": "https://carelearn.example/activities/handover-drill"}""";
        String subStatementWithContextGroup = """
                "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                "object": {"objectType": "SubStatement", "actor": {"mbox": "mailto:lee@carelearn.example"},
                  "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                  "object": {"id": "https://carelearn.example/activities/q1"},
                  "context": {"contextGroups": [{"objectType": "contextGroup",
                     "group": {"objectType": "Group", "mbox": "mailto:team@carelearn.example"}}]}}""";
        String[][] cases = {
            // statement members, whether 1.0.3 returns it as stored
            {WITH_CONTEXT_AGENTS, "false"},
            {"{" + actorVerbObject + ", \"version\": \"2.0.0\"}", "false"},
            {"{" + subStatementWithContextGroup + ", \"version\": \"1.0.0\"}", "false"},
            {"{" + actorVerbObject + ", \"version\": \"1.0.0\"}", "true"},
            {"{" + actorVerbObject + ", \"context\": {\"language\": \"en-US\"}}", "true"},
            // mentions the members without having them: parsed and presented, and comes back the same
            {"{" + actorVerbObject + ", \"version\": \"1.0.0\", \"result\": {\"extensions\": "
                    + "{\"https://carelearn.example/x/notes\": {\"contextAgents\": 1, \"version\": \"2.1\"}}}}",
                "true"},
        };
        for (String[] c : cases) {
            JsonObject stored = parse(c[0]);
            String text = stored.toString();
            boolean unchanged = XapiEdition.XAPI_1_0_3.present(stored) == stored;
            assertEquals(Boolean.parseBoolean(c[1]), unchanged, c[0]);
            if (XapiEdition.XAPI_1_0_3.presentsAsStored(text)) {
                assertTrue(unchanged, "sent as stored, but present changes it: " + text);
            }
            assertTrue(XapiEdition.XAPI_2_0_0.presentsAsStored(text), "2.0.0 returns every statement as stored");
        }
        assertTrue(XapiEdition.XAPI_1_0_3.presentsAsStored(parse("{" + actorVerbObject + "}").toString()));
        assertFalse(XapiEdition.XAPI_1_0_3.presentsAsStored(parse(WITH_CONTEXT_AGENTS).toString()));
    }
}
