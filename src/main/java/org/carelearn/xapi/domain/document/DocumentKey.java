package org.carelearn.xapi.domain.document;

import java.util.Objects;

/** What addresses one document: its scope and its stateId or profileId. */
public record DocumentKey(DocumentScope scope, String documentId) {

    public DocumentKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(documentId, "documentId");
    }

    /** An unambiguous text of the whole key, for hashing. */
    public String text() {
        return scope.text() + DocumentScope.part(documentId);
    }
}
