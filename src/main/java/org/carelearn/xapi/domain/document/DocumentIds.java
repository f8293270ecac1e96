package org.carelearn.xapi.domain.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ids of a scope's documents, oldest change first, and when the newest of them changed: what a GET
 * without a document id returns, with that time as its Last-Modified (xAPI 1.0.3, Part Three, 2.2.s6.b2;
 * IEEE 9274.1.1 keeps it).
 *
 * @param lastModified when the most recently changed of the listed documents changed; empty for no documents
 */
public record DocumentIds(List<String> ids, Optional<Instant> lastModified) {

    public DocumentIds {
        ids = List.copyOf(ids);
    }
}
