package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.XapiEdition;
import org.carelearn.xapi.domain.document.Document;
import org.carelearn.xapi.domain.document.DocumentIds;
import org.carelearn.xapi.domain.document.DocumentKey;
import org.carelearn.xapi.domain.document.DocumentKind;
import org.carelearn.xapi.domain.document.DocumentMerge;
import org.carelearn.xapi.domain.document.DocumentRepository;
import org.carelearn.xapi.domain.document.DocumentScope;
import org.carelearn.xapi.domain.document.Precondition;

/**
 * Stores, merges and finds state and profile documents by the rules of xAPI 1.0.3 (Part Three, 2.2 and
 * 3.1): PUT replaces, POST merges two JSON objects one level deep, and a request that names a version
 * (If-Match, If-None-Match) changes nothing unless that version is the stored one. Writes are conditional
 * on the version read, so two requests racing on one document cannot both win: the loser gets 412 when it
 * named a version; one that did not is tried again on the new version.
 */
@ApplicationScoped
public class DocumentStore {

    /** How often a write without a precondition is tried when other requests keep changing the document. */
    private static final int ATTEMPTS = 5;

    @Inject
    private DocumentRepository documents;

    @Inject
    private HospitalTime time;

    public Optional<Document> find(DocumentKey key, LrsCredentials credentials) {
        requireRead(credentials);
        SessionLimits.read(credentials, key.scope());
        Optional<Document> found = documents.find(key);
        if (found.isPresent()) {
            SessionLimits.found(credentials, key);
        }
        return found;
    }

    public DocumentIds ids(DocumentScope scope, Instant since, LrsCredentials credentials) {
        requireRead(credentials);
        SessionLimits.read(credentials, scope);
        return documents.ids(scope, since);
    }

    /** PUT by the rules of xAPI 1.0.3, the edition of cmi5 (the LMS's own LMS.LaunchData). */
    @Transactional
    public void put(DocumentKey key, byte[] content, String contentType, Precondition precondition,
            LrsCredentials credentials) {
        put(key, content, contentType, precondition, credentials, XapiEdition.XAPI_1_0_3);
    }

    /**
     * PUT: stores the content as sent. A profile PUT must carry If-Match or If-None-Match: without either
     * it is refused with 409 when the document exists (Part Three, 3.1) and 400 when it does not. Under
     * xAPI 2.0.0 a state PUT without either may create a document but not replace one (409):
     * {@link XapiEdition#guardsReplacement}.
     */
    @Transactional
    public void put(DocumentKey key, byte[] content, String contentType, Precondition precondition,
            LrsCredentials credentials, XapiEdition edition) {
        requireWrite(credentials);
        Document sent = Document.of(key, content, contentType, now());
        SessionLimits.write(credentials, sent);
        for (int attempt = 1; ; attempt++) {
            Optional<Document> current = documents.find(key);
            DocumentKind kind = key.scope().kind();
            if (!precondition.isPresent() && current.isPresent() && edition.guardsReplacement(kind)) {
                throw new LrsException(Kind.CONFLICT, "The document exists: send If-Match with its ETag to replace"
                        + " it (xAPI " + edition.header() + " concurrency rules)");
            }
            if (!precondition.isPresent() && kind.preconditionRequired() && current.isEmpty()) {
                throw new LrsException(Kind.BAD_REQUEST, "A profile PUT needs If-Match or If-None-Match: * (xAPI"
                        + " 1.0.3 Part Three 3.1)");
            }
            check(precondition, current);
            if (saved(sent, current)) {
                return;
            }
            retryOrRefuse(attempt, precondition);
        }
    }

    /**
     * POST: stores the content when there is no document yet, else merges it into the stored one. Both must
     * be JSON objects for a merge; anything else is refused with 400 and the stored document stays as it was.
     */
    @Transactional
    public void post(DocumentKey key, byte[] content, String contentType, Precondition precondition,
            LrsCredentials credentials) {
        requireWrite(credentials);
        Document posted = Document.of(key, content, contentType, now());
        SessionLimits.write(credentials, posted);
        if (posted.isJson() && posted.jsonObject().isEmpty()) {
            throw new LrsException(Kind.BAD_REQUEST, "The posted document is application/json but not a JSON object");
        }
        for (int attempt = 1; ; attempt++) {
            Optional<Document> current = documents.find(key);
            check(precondition, current);
            if (saved(current.isEmpty() ? posted : merged(current.get(), posted), current)) {
                return;
            }
            retryOrRefuse(attempt, precondition);
        }
    }

    @Transactional
    public void delete(DocumentKey key, Precondition precondition, LrsCredentials credentials) {
        requireWrite(credentials);
        SessionLimits.write(credentials, key);
        for (int attempt = 1; ; attempt++) {
            Optional<Document> current = documents.find(key);
            check(precondition, current);
            if (current.isEmpty() || documents.delete(key, current.get().etag())) {
                return;
            }
            retryOrRefuse(attempt, precondition);
        }
    }

    /** DELETE of a state scope without a stateId: all its documents. */
    @Transactional
    public void deleteAll(DocumentScope scope, LrsCredentials credentials) {
        requireWrite(credentials);
        SessionLimits.writeAll(credentials, scope);
        documents.deleteAll(scope);
    }

    private Document merged(Document stored, Document posted) {
        Optional<JsonObject> storedObject = stored.isJson() ? stored.jsonObject() : Optional.empty();
        if (!posted.isJson() || storedObject.isEmpty()) {
            throw new LrsException(Kind.BAD_REQUEST, "POST merges a JSON object into a JSON object: the stored"
                    + " document and the posted one must both be application/json objects");
        }
        JsonObject merged = DocumentMerge.merge(storedObject.get(), posted.jsonObject().orElseThrow());
        return Document.of(posted.key(), merged.toString().getBytes(StandardCharsets.UTF_8), Document.JSON,
                posted.updated());
    }

    /** Stores the document if the stored version is still {@code current}. */
    private boolean saved(Document document, Optional<Document> current) {
        return current.isEmpty() ? documents.insert(document) : documents.replace(document, current.get().etag());
    }

    /**
     * After another request changed the document between our read and our write: a request that named a
     * version has lost (412); one that did not is tried again on the new version, as if it had come later,
     * and refused with 409 only when the document keeps changing.
     */
    private static void retryOrRefuse(int attempt, Precondition precondition) {
        if (precondition.isPresent()) {
            throw new LrsException(Kind.PRECONDITION_FAILED, "The document changed meanwhile: the precondition no"
                    + " longer holds");
        }
        if (attempt >= ATTEMPTS) {
            throw new LrsException(Kind.CONFLICT, "The document keeps changing: read it again and retry");
        }
    }

    private static void check(Precondition precondition, Optional<Document> current) {
        if (!precondition.holds(current.map(Document::etag).orElse(null))) {
            throw new LrsException(Kind.PRECONDITION_FAILED, current.isPresent()
                    ? "The document's ETag is now \"" + current.get().etag() + "\": the precondition does not hold"
                    : "There is no such document: the precondition does not hold");
        }
    }

    private Instant now() {
        return time.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireRead(LrsCredentials credentials) {
        if (!credentials.canRead()) {
            throw new LrsException(Kind.FORBIDDEN, "These credentials may not read documents");
        }
    }

    private static void requireWrite(LrsCredentials credentials) {
        if (!credentials.canWrite()) {
            throw new LrsException(Kind.FORBIDDEN, "These credentials may not change documents");
        }
    }
}
