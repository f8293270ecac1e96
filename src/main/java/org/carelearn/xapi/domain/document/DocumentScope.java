package org.carelearn.xapi.domain.document;

import java.util.Objects;
import org.carelearn.xapi.domain.statement.Agents;

/**
 * The documents one GET without an id lists, or one state DELETE without a stateId removes: everything but
 * the document's own id. A state's registration is part of its scope, so documents of one registration are
 * never listed or deleted by a request for another, or for none.
 *
 * @param activityId   the activity IRI (state, activity profile), else null
 * @param agentKey     the agent's identity key from {@link Agents} (state, agent profile), else null
 * @param registration the registration UUID in lower case (state only, optional), else null
 */
public record DocumentScope(DocumentKind kind, String activityId, String agentKey, String registration) {

    public DocumentScope {
        Objects.requireNonNull(kind, "kind");
    }

    public static DocumentScope state(String activityId, String agentKey, String registration) {
        return new DocumentScope(DocumentKind.STATE, Objects.requireNonNull(activityId),
                Objects.requireNonNull(agentKey), registration);
    }

    public static DocumentScope activityProfile(String activityId) {
        return new DocumentScope(DocumentKind.ACTIVITY_PROFILE, Objects.requireNonNull(activityId), null, null);
    }

    public static DocumentScope agentProfile(String agentKey) {
        return new DocumentScope(DocumentKind.AGENT_PROFILE, null, Objects.requireNonNull(agentKey), null);
    }

    /** One document of this scope. */
    public DocumentKey document(String documentId) {
        return new DocumentKey(this, documentId);
    }

    /**
     * An unambiguous text of the scope, for hashing: each part is prefixed with its length, so no choice of
     * ids can make two scopes read alike.
     */
    public String text() {
        return kind.code() + part(activityId) + part(agentKey) + part(registration);
    }

    static String part(String value) {
        return value == null ? "|-" : "|" + value.length() + ":" + value;
    }
}
