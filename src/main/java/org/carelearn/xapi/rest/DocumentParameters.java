package org.carelearn.xapi.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.Locale;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.document.DocumentScope;
import org.carelearn.xapi.domain.format.Iri;
import org.carelearn.xapi.domain.format.IsoTimestamp;
import org.carelearn.xapi.domain.statement.Agents;
import org.carelearn.xapi.domain.validation.StatementValidationException;
import org.carelearn.xapi.domain.validation.StatementValidator;

/**
 * The query parameters of the document, activities and agents resources (xAPI 1.0.3, Part Three, 2.3 to
 * 2.7), checked as the specification lists them: a missing required parameter or a malformed value answers
 * 400. Which parameters a request may carry at all is each resource's call.
 */
final class DocumentParameters {

    /** The longest activity id, agent identifier or document id kept; the columns hold this much. */
    static final int MAX_LENGTH = 2048;

    private static final StatementValidator VALIDATOR = new StatementValidator();

    private DocumentParameters() {
    }

    static String required(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value == null) {
            throw new LrsException(Kind.BAD_REQUEST, "The " + name + " parameter is required here");
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new LrsException(Kind.BAD_REQUEST, name + " must have 1 to " + MAX_LENGTH + " characters");
        }
        return value;
    }

    static String activityId(MultivaluedMap<String, String> parameters) {
        String activityId = required(parameters, "activityId");
        if (!Iri.isValid(activityId)) {
            throw new LrsException(Kind.BAD_REQUEST, "activityId '" + activityId + "' is not an IRI");
        }
        return activityId;
    }

    /** The agent parameter: JSON of an Agent (or identified Group) that passes the statement rules. */
    static JsonObject agent(MultivaluedMap<String, String> parameters) {
        JsonValue agent = JsonBodies.parseParameter("agent", required(parameters, "agent"));
        try {
            VALIDATOR.validateAgentParameter(agent);
        } catch (StatementValidationException e) {
            throw new LrsException(Kind.BAD_REQUEST, e.getMessage());
        }
        return agent.asJsonObject();
    }

    static String agentKey(MultivaluedMap<String, String> parameters) {
        String key = Agents.identityKey(agent(parameters)).orElseThrow();
        if (key.length() > MAX_LENGTH) {
            throw new LrsException(Kind.BAD_REQUEST, "The agent's identifier is longer than " + MAX_LENGTH
                    + " characters");
        }
        return key;
    }

    /** The optional registration, in lower case so that one registration is one scope. */
    static String registration(MultivaluedMap<String, String> parameters) {
        String registration = parameters.getFirst("registration");
        if (registration == null) {
            return null;
        }
        StatementParameters.uuid("registration", registration);
        return registration.toLowerCase(Locale.ROOT);
    }

    static Instant since(MultivaluedMap<String, String> parameters) {
        String since = parameters.getFirst("since");
        if (since == null) {
            return null;
        }
        return IsoTimestamp.parse(since).orElseThrow(() -> new LrsException(Kind.BAD_REQUEST,
                "since '" + since + "' is not an ISO 8601 timestamp")).toInstant();
    }

    static DocumentScope stateScope(MultivaluedMap<String, String> parameters) {
        return DocumentScope.state(activityId(parameters), agentKey(parameters), registration(parameters));
    }
}
