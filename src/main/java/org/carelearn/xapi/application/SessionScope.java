package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import java.util.List;
import org.carelearn.xapi.domain.DocumentKey;

/**
 * What a launch session's credentials may do in the LRS. The LRS knows nothing of courses or learners:
 * it only asks the session, which another context implements (cmi5 in {@code learning}), whether a
 * statement batch or a document write is acceptable, and tells it what was stored.
 *
 * <p>The LRS itself enforces the parts every session shares: the statements' actor and registration must
 * be the session's, and a session never voids.
 */
public interface SessionScope {

    /** The identity key ({@link org.carelearn.xapi.domain.Agents#identityKey}) of the session's one agent. */
    String agentKey();

    /** The registration (lower-case UUID) every statement of the session carries. */
    String registration();

    /**
     * Refuses a batch that breaks the session's rules by throwing {@link LrsException} ({@code FORBIDDEN}
     * with the reason). Called with the whole batch in order, after validation and before anything is
     * stored, inside the storing transaction.
     */
    void admit(List<JsonObject> statements);

    /** Called inside the storing transaction once the batch (as completed by the LRS) is stored. */
    void stored(List<JsonObject> statements);

    /** Whether the session may change this document (the LMS's own launch data is read-only to it). */
    boolean mayWrite(DocumentKey key);
}
