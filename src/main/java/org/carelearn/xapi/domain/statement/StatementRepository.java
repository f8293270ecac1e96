package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where statements are written (and found by id for the write rules). Every method takes part in the caller's
 * transaction. Queries are {@link StatementQueries}'; the admins' browsing is {@link StatementBrowsing}'s.
 */
public interface StatementRepository {

    /**
     * Takes the position lock, held until the transaction ends (every writer of every server waits for it), and
     * returns the {@code stored} time of the last committed statement ({@link java.time.Instant#EPOCH} when there
     * is none). A writer that gives its statements a stored time no earlier than that, while it holds the lock,
     * keeps stored times in position order.
     */
    Instant lockPositions();

    /** Stores the statements in the given order (their stored order), after the positions committed before. */
    void add(List<StoredStatement> statements);

    /** Keeps attachment content, once per hash. */
    void addAttachments(Collection<Attachment> attachments);

    /** The attachments with these hashes that are stored. */
    List<Attachment> attachments(Collection<String> sha2s);

    /** The stored JSON of these ids that already exist, for the duplicate-id rules. */
    Map<String, JsonObject> findExisting(Collection<String> ids);

    /** A statement by id, whether or not it was voided, with whether it was. */
    Optional<Found> find(String id);

    /** Marks these statements voided. */
    void markVoided(Collection<String> ids);

    /** A statement found by id. */
    record Found(JsonObject json, boolean voided) {
    }
}
