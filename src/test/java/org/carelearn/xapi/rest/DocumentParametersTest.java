package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.document.DocumentScope;
import org.junit.jupiter.api.Test;

class DocumentParametersTest {

    private static final String ACTIVITY = "http://example.org/course/1";
    private static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:nurse@example.org\"}";

    @Test
    void stateScopeFromValidParametersWithRegistrationInLowerCase() {
        var parameters = parameters("activityId", ACTIVITY, "agent", AGENT, "registration",
                "6FA459EA-EE8A-3CA4-894E-DB77E160355E");
        assertEquals(DocumentScope.state(ACTIVITY, "mbox:mailto:nurse@example.org",
                "6fa459ea-ee8a-3ca4-894e-db77e160355e"), DocumentParameters.stateScope(parameters));
    }

    @Test
    void missingRequiredParametersAreBadRequests() {
        assertBadRequest(() -> DocumentParameters.stateScope(parameters("agent", AGENT)));
        assertBadRequest(() -> DocumentParameters.stateScope(parameters("activityId", ACTIVITY)));
        assertBadRequest(() -> DocumentParameters.required(parameters("stateId", ""), "stateId"));
        assertBadRequest(() -> DocumentParameters.required(parameters("x", "y"), "profileId"));
    }

    @Test
    void malformedValuesAreBadRequests() {
        assertBadRequest(() -> DocumentParameters.activityId(parameters("activityId", "true")));
        assertBadRequest(() -> DocumentParameters.agent(parameters("agent", "not JSON")));
        assertBadRequest(() -> DocumentParameters.agent(parameters("agent", "true")));
        assertBadRequest(() -> DocumentParameters.agent(parameters("agent", "{\"name\":\"No identifier\"}")));
        assertBadRequest(() -> DocumentParameters.registration(parameters("registration", "true")));
        assertBadRequest(() -> DocumentParameters.since(parameters("since", "not a timestamp")));
        assertBadRequest(() -> DocumentParameters.required(parameters("profileId", "x".repeat(2049)), "profileId"));
    }

    @Test
    void sinceIsOptionalAndReadAsAnInstant() {
        assertNull(DocumentParameters.since(parameters()));
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"),
                DocumentParameters.since(parameters("since", "2026-01-02T04:04:05+01:00")));
    }

    private static void assertBadRequest(Runnable call) {
        assertEquals(Kind.BAD_REQUEST, assertThrows(LrsException.class, call::run).kind());
    }

    private static MultivaluedMap<String, String> parameters(String... pairs) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
