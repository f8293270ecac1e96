package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.XapiEdition;
import org.carelearn.xapi.domain.statement.Attachment;
import org.carelearn.xapi.domain.statement.StatementBrowsing;
import org.carelearn.xapi.domain.statement.StatementPage;
import org.carelearn.xapi.domain.statement.StatementQueries;
import org.carelearn.xapi.domain.statement.StatementQuery;
import org.carelearn.xapi.domain.statement.StatementRepository;

/**
 * Stores and finds statements by the rules of xAPI 1.0.3 (Part Three, 2.1) and 2.0.0, as the request's
 * {@link XapiEdition} chooses, in one store: a batch is stored whole or
 * not at all; an id already used by an identical statement is accepted without storing it again, by a
 * different one refused; the LRS sets stored, authority and version; voiding hides the voided statement
 * from queries.
 */
@ApplicationScoped
public class StatementStore {

    /** The most statements one query page returns. */
    public static final int MAX_PAGE = 500;

    @Inject
    private StatementRepository statements;

    @Inject
    private StatementQueries queries;

    @Inject
    private StatementBrowsing browsing;

    @Inject
    private StatementWriter writer;

    @Inject
    private GroupCommit groups;

    @Inject
    private WritesUnderWay underWay;

    /**
     * Stores a batch (or one statement) and returns the ids in order, including those of statements that
     * were already stored identically.
     *
     * @param idFromPath the statementId of a PUT, which the statement must carry or will be given
     */
    public List<String> store(List<JsonObject> batch, Map<String, Attachment> parts, LrsCredentials credentials,
            String idFromPath) {
        return store(batch, parts, credentials, idFromPath, XapiEdition.XAPI_1_0_3);
    }

    /**
     * Stores a batch sent under the given edition: its rules decide what is valid and which version a
     * statement without one is given. It returns once the statements are committed: in the caller's transaction
     * if there is one, else in one of their own, which concurrent requests may share ({@link GroupCommit}).
     */
    public List<String> store(List<JsonObject> batch, Map<String, Attachment> parts, LrsCredentials credentials,
            String idFromPath, XapiEdition edition) {
        if (!credentials.canWrite()) {
            throw new LrsException(Kind.FORBIDDEN, "These credentials may not store statements");
        }
        Submission submission = Submission.of(batch, parts, credentials, idFromPath, edition);
        return groups.accepts(submission) ? groups.store(submission) : writer.write(submission);
    }

    /**
     * The entry point for the LMS's own statements (launched, satisfied, abandoned, waived: cmi5 9.3, which the
     * LMS makes), in the caller's transaction. The same rules as any client's (validated as 1.0.3, an identical
     * statement sent again is accepted once), but no session's: they come from CareLearn, not from an AU's
     * launch, so nothing here calls back into learning.
     *
     * @param lms the LMS's own credentials, which give the statements their authority
     */
    public List<String> recordOwn(List<JsonObject> batch, LrsCredentials lms) {
        if (lms.session() != null || !lms.canWrite()) {
            throw new IllegalArgumentException("The LMS's own statements are stored with its own credentials");
        }
        return writer.write(Submission.of(batch, Map.of(), lms, null, XapiEdition.XAPI_1_0_3));
    }

    /**
     * The point up to which every statement is visible to a query that starts now
     * ({@code X-Experience-API-Consistent-Through}): statements stored before it are all committed.
     */
    public Instant consistentThrough() {
        return underWay.consistentThrough();
    }

    public Optional<JsonObject> find(String id, boolean voided, LrsCredentials credentials) {
        requireRead(credentials);
        return statements.find(id.toLowerCase(Locale.ROOT)).filter(found -> found.voided() == voided)
                .map(StatementRepository.Found::json).filter(json -> SessionLimits.visible(credentials, json));
    }

    /** For the admins' statement browser: a page by offset, newest first, voided statements included. */
    public List<JsonObject> browse(StatementQuery query, int first, int max) {
        return browsing.browse(query, first, max);
    }

    public long count(StatementQuery query) {
        return browsing.count(query);
    }

    /** The stored content of these attachments, for GET with attachments=true. */
    public List<Attachment> attachments(Collection<String> sha2s) {
        return statements.attachments(sha2s);
    }

    public StatementPage query(StatementQuery query, LrsCredentials credentials) {
        requireRead(credentials);
        SessionLimits.query(credentials, query);
        return queries.query(query, MAX_PAGE);
    }

    private static void requireRead(LrsCredentials credentials) {
        if (!credentials.canRead()) {
            throw new LrsException(Kind.FORBIDDEN, "These credentials may not read statements");
        }
    }
}
