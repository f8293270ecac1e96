package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * Validates statements at the edge of the LRS, before anything is stored, against the data rules of
 * xAPI 1.0.3 (Part Two) or 2.0.0 (IEEE 9274.1.1), as the ADL LRS conformance suite exercises them; what the
 * two editions check differently is told by {@link XapiEdition}.
 *
 * <p>Validation stops at the first violation and throws {@link StatementValidationException}
 * whose message starts with the property path ({@code statement.object.definition.moreInfo}); the
 * resource layer answers 400 with that message. The validator is stateless and thread-safe.
 *
 * <p>What it deliberately does not check, because it needs state or the request: whether a
 * StatementRef target exists, whether an id is already used, whether multipart attachment parts
 * match their {@code sha2}, and whether {@code authority} matches the credentials.
 */
public final class StatementValidator {

    private final XapiEdition edition;

    /** A validator by the rules of xAPI 1.0.3. */
    public StatementValidator() {
        this(XapiEdition.XAPI_1_0_3);
    }

    public StatementValidator(XapiEdition edition) {
        this.edition = edition;
    }

    /** Validates one statement; {@code null} and non-objects are rejected too. */
    public void validate(JsonValue statement) {
        StatementRules.statement(Node.of(statement, "statement"), edition);
    }

    /** Validates one statement object. */
    public void validate(JsonObject statement) {
        validate((JsonValue) statement);
    }

    /**
     * Validates the {@code agent} query parameter (statements, state, agent profile, agents
     * resources): an Agent or an identified Group, with the same IFI rules as in a statement.
     */
    public void validateAgentParameter(JsonValue agent) {
        ActorRules.validate(agent, "agent", ActorRules.Position.PARAMETER);
    }
}
