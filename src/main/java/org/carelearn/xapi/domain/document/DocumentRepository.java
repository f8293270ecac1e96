package org.carelearn.xapi.domain.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where state and profile documents live. Every method takes part in the caller's transaction. Changes are
 * conditional, so two requests that read the same version cannot both replace it.
 */
public interface DocumentRepository {

    Optional<Document> find(DocumentKey key);

    /**
     * The ids of the scope's documents changed after {@code since} (all when null), oldest change first, with
     * the time of the newest change.
     */
    DocumentIds ids(DocumentScope scope, Instant since);

    /** Stores a new document; false when one with its key exists already (another request got there first). */
    boolean insert(Document document);

    /** Replaces the document whose tag is {@code expectedEtag}; false when it is gone or has changed. */
    boolean replace(Document document, String expectedEtag);

    /** Deletes the document whose tag is {@code expectedEtag}; false when it is gone or has changed. */
    boolean delete(DocumentKey key, String expectedEtag);

    /** Deletes every document of the scope. */
    void deleteAll(DocumentScope scope);
}
