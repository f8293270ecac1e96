package org.carelearn.xapi.domain;

import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where statements live. Every method takes part in the caller's transaction. */
public interface StatementRepository {

    /** Stores the statements in the given order (their stored order). */
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

    StatementPage query(StatementQuery query, int maxLimit);

    /** For admins browsing: a page by offset, newest first, of the statements that match directly (voided too). */
    List<JsonObject> browse(StatementQuery query, int first, int max);

    /** How many statements {@link #browse} would page through. */
    long count(StatementQuery query);

    /** A statement found by id. */
    record Found(JsonObject json, boolean voided) {
    }
}
