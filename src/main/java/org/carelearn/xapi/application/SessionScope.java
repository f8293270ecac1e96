package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import java.util.List;
import org.carelearn.xapi.domain.document.Document;
import org.carelearn.xapi.domain.document.DocumentKey;

/**
 * What a launch session's credentials may do in the LRS. The LRS knows nothing of courses or learners:
 * it only asks the session, which another context implements (cmi5 in {@code learning}), whether a
 * statement batch or a document write is acceptable, and tells it what was stored and read.
 *
 * <p>The LRS itself enforces the parts every session shares: the statements' actor and registration must
 * be the session's, and a session never voids.
 */
public interface SessionScope {

    /** The identity key ({@link org.carelearn.xapi.domain.statement.Agents#identityKey}) of the session's one agent. */
    String agentKey();

    /** The registration (lower-case UUID) every statement of the session carries. */
    String registration();

    /**
     * Refuses a batch that breaks the session's rules by throwing {@link LrsException} ({@code FORBIDDEN}
     * with the reason). Called with the whole batch in order, after validation and before anything is
     * stored, inside the storing transaction. The statements are as the session sent them: the LRS has
     * added nothing yet (no id unless the statement or the PUT's statementId gave one, no timestamp).
     */
    void admit(List<JsonObject> statements);

    /** Called inside the storing transaction once the batch (as completed by the LRS) is stored. */
    void stored(List<JsonObject> statements);

    /** Whether the session may change this document (the LMS's own launch data is read-only to it). */
    boolean mayWrite(DocumentKey key);

    /**
     * Refuses, by throwing {@link LrsException} ({@code FORBIDDEN} with the reason), a document the
     * session may write but whose content breaks the rules the session holds it to. Called before the
     * LRS's own checks of the write (its preconditions), so a broken document is refused as such.
     */
    void admit(Document document);

    /** The session read this document (it exists); called outside any transaction of the LRS. */
    void read(DocumentKey key);
}
