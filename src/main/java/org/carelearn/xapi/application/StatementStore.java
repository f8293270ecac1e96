package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.Agents;
import org.carelearn.xapi.domain.Attachment;
import org.carelearn.xapi.domain.RelatedActivities;
import org.carelearn.xapi.domain.StatementPage;
import org.carelearn.xapi.domain.StatementQuery;
import org.carelearn.xapi.domain.StatementRepository;
import org.carelearn.xapi.domain.StatementValidationException;
import org.carelearn.xapi.domain.StatementValidator;
import org.carelearn.xapi.domain.StoredStatement;
import org.carelearn.xapi.domain.XapiEdition;

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
    private static final Map<XapiEdition, StatementValidator> VALIDATORS = Map.of(
            XapiEdition.XAPI_1_0_3, new StatementValidator(XapiEdition.XAPI_1_0_3),
            XapiEdition.XAPI_2_0_0, new StatementValidator(XapiEdition.XAPI_2_0_0));

    @Inject
    private StatementRepository statements;

    @Inject
    private HospitalTime time;

    /**
     * Stores a batch (or one statement) and returns the ids in order, including those of statements that
     * were already stored identically.
     *
     * @param idFromPath the statementId of a PUT, which the statement must carry or will be given
     */
    @Transactional
    public List<String> store(List<JsonObject> batch, Map<String, Attachment> parts, LrsCredentials credentials,
            String idFromPath) {
        return store(batch, parts, credentials, idFromPath, XapiEdition.XAPI_1_0_3);
    }

    /**
     * Stores a batch sent under the given edition: its rules decide what is valid and which version a
     * statement without one is given.
     */
    @Transactional
    public List<String> store(List<JsonObject> batch, Map<String, Attachment> parts, LrsCredentials credentials,
            String idFromPath, XapiEdition edition) {
        if (!credentials.canWrite()) {
            throw new LrsException(Kind.FORBIDDEN, "These credentials may not store statements");
        }
        return write(batch, parts, credentials, idFromPath, edition);
    }

    /**
     * The entry point for the LMS's own statements (launched, satisfied, abandoned, waived: cmi5 9.3, which the
     * LMS makes), in the caller's transaction. The same rules as any client's (validated as 1.0.3, an identical
     * statement sent again is accepted once), but no session's: they come from CareLearn, not from an AU's
     * launch, so nothing here calls back into learning.
     *
     * @param lms the LMS's own credentials, which give the statements their authority
     */
    @Transactional
    public List<String> recordOwn(List<JsonObject> batch, LrsCredentials lms) {
        if (lms.session() != null || !lms.canWrite()) {
            throw new IllegalArgumentException("The LMS's own statements are stored with its own credentials");
        }
        return write(batch, Map.of(), lms, null, XapiEdition.XAPI_1_0_3);
    }

    private List<String> write(List<JsonObject> batch, Map<String, Attachment> parts, LrsCredentials credentials,
            String idFromPath, XapiEdition edition) {
        if (batch.isEmpty()) {
            throw new LrsException(Kind.BAD_REQUEST, "The request holds no statement");
        }
        List<JsonObject> withIds = new ArrayList<>(batch.size());
        List<JsonObject> asSent = new ArrayList<>(batch.size());
        Set<String> seen = new HashSet<>();
        for (JsonObject statement : batch) {
            validate(statement, edition);
            JsonObject identified = withId(statement, idFromPath);
            if (!seen.add(identified.getString("id"))) {
                throw new LrsException(Kind.BAD_REQUEST, "The batch holds statement id " + identified.getString("id")
                        + " twice");
            }
            withIds.add(identified);
            asSent.add(statement.containsKey("id") || idFromPath == null ? statement : identified);
        }
        AttachmentParts.check(withIds, parts);
        Map<String, JsonObject> existing = statements.findExisting(seen);
        // A statement sent again after a lost response is already in; only new ones face the session's rules.
        List<JsonObject> fresh = new ArrayList<>();
        for (int i = 0; i < withIds.size(); i++) {
            if (!existing.containsKey(withIds.get(i).getString("id"))) {
                fresh.add(asSent.get(i));
            }
        }
        SessionLimits.admit(credentials, fresh);
        Instant stored = fresh.isEmpty() ? null : storedTime();
        List<StoredStatement> toStore = new ArrayList<>();
        List<JsonObject> newlyStored = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> voided = new HashSet<>();
        for (JsonObject statement : withIds) {
            String id = statement.getString("id");
            ids.add(id);
            JsonObject before = existing.get(id);
            if (before != null) {
                // compared as this edition reads the stored one: a 1.0.3 client sending back a 2.0.0 statement
                // as it read it (no context agents: forwarding does this) sends the same statement
                if (!Equivalence.same(edition.present(before), statement)) {
                    throw new LrsException(Kind.CONFLICT, "Statement id " + id + " is already used by a different"
                            + " statement");
                }
                continue;
            }
            JsonObject completed = complete(statement, stored, credentials, edition);
            StoredStatement record = record(completed, stored);
            if (record.voids() != null) {
                checkVoidable(record.voids(), toStore);
                voided.add(record.voids());
            }
            toStore.add(record);
            newlyStored.add(completed);
        }
        statements.add(toStore);
        statements.addAttachments(parts.values());
        if (!voided.isEmpty()) {
            statements.markVoided(voided);
        }
        SessionLimits.stored(credentials, newlyStored);
        return ids;
    }

    /**
     * The stored time of this write, taken under the position lock and never before the last committed one, so
     * that stored times follow positions (and commit order) on one server or several, whatever their clocks.
     */
    private Instant storedTime() {
        Instant last = statements.lockPositions();
        Instant now = time.now().truncatedTo(ChronoUnit.MILLIS);
        return now.isBefore(last) ? last : now;
    }

    /**
     * The point up to which every statement is visible to a query that starts now
     * ({@code X-Experience-API-Consistent-Through}): statements stored before it are all committed.
     */
    public Instant consistentThrough() {
        return statements.consistentThrough();
    }

    public Optional<JsonObject> find(String id, boolean voided, LrsCredentials credentials) {
        requireRead(credentials);
        return statements.find(id.toLowerCase(Locale.ROOT)).filter(found -> found.voided() == voided)
                .map(StatementRepository.Found::json).filter(json -> SessionLimits.visible(credentials, json));
    }

    /** For the admins' statement browser: a page by offset, newest first, voided statements included. */
    public List<JsonObject> browse(StatementQuery query, int first, int max) {
        return statements.browse(query, first, max);
    }

    public long count(StatementQuery query) {
        return statements.count(query);
    }

    /** The stored content of these attachments, for GET with attachments=true. */
    public List<Attachment> attachments(Collection<String> sha2s) {
        return statements.attachments(sha2s);
    }

    public StatementPage query(StatementQuery query, LrsCredentials credentials) {
        requireRead(credentials);
        SessionLimits.query(credentials, query);
        return statements.query(query, MAX_PAGE);
    }

    private static void requireRead(LrsCredentials credentials) {
        if (!credentials.canRead()) {
            throw new LrsException(Kind.FORBIDDEN, "These credentials may not read statements");
        }
    }

    private static void validate(JsonObject statement, XapiEdition edition) {
        try {
            VALIDATORS.get(edition).validate(statement);
        } catch (StatementValidationException e) {
            throw new LrsException(Kind.BAD_REQUEST, e.getMessage());
        }
    }

    private static JsonObject withId(JsonObject statement, String idFromPath) {
        String own = statement.containsKey("id") ? statement.getString("id").toLowerCase(Locale.ROOT) : null;
        if (idFromPath != null) {
            String path = idFromPath.toLowerCase(Locale.ROOT);
            if (own != null && !own.equals(path)) {
                throw new LrsException(Kind.BAD_REQUEST, "statementId " + idFromPath + " differs from the statement's id "
                        + own);
            }
            own = path;
        }
        String id = own == null ? UUID.randomUUID().toString() : own;
        return Json.createObjectBuilder(statement).add("id", id).build();
    }

    /**
     * What the LRS adds: stored, authority (from the credentials), version and timestamp if absent; and the
     * timestamp as the edition stores it.
     */
    private static JsonObject complete(JsonObject statement, Instant stored, LrsCredentials credentials,
            XapiEdition edition) {
        String storedText = DateTimeFormatter.ISO_INSTANT.format(stored);
        JsonObjectBuilder builder = Json.createObjectBuilder(ContextActivities.asArrays(statement))
                .add("stored", storedText).add("authority", credentials.authority());
        if (!statement.containsKey("version")) {
            builder.add("version", edition.assignedVersion());
        }
        if (!statement.containsKey("timestamp")) {
            builder.add("timestamp", storedText);
        } else {
            builder.add("timestamp", edition.storedTimestamp(statement.getString("timestamp")));
        }
        return builder.build();
    }

    private static StoredStatement record(JsonObject statement, Instant stored) {
        String verb = statement.getJsonObject("verb").getString("id");
        JsonObject context = statement.getJsonObject("context");
        String registration = context != null && context.containsKey("registration")
                ? context.getString("registration").toLowerCase(Locale.ROOT) : null;
        JsonObject object = statement.getJsonObject("object");
        String objectRef = "StatementRef".equals(object.getString("objectType", ""))
                ? object.getString("id").toLowerCase(Locale.ROOT) : null;
        Set<String> direct = Agents.actorOrObjectKeys(statement);
        Set<String> related = Agents.relatedAgentKeys(statement);
        return new StoredStatement(statement.getString("id"), stored, verb, registration, objectRef, direct, related,
                RelatedActivities.objectActivityId(statement).orElse(null), RelatedActivities.of(statement), statement);
    }

    /** A voiding statement may not void another voiding statement. */
    private void checkVoidable(String target, List<StoredStatement> sameBatch) {
        boolean targetVoids = sameBatch.stream().anyMatch(s -> s.id().equals(target) && s.voids() != null)
                || statements.find(target).map(found -> isVoiding(found.json())).orElse(false);
        if (targetVoids) {
            throw new LrsException(Kind.BAD_REQUEST, "Statement " + target + " is itself a voiding statement and cannot"
                    + " be voided");
        }
    }

    private static boolean isVoiding(JsonObject statement) {
        JsonValue verb = statement.get("verb");
        return verb instanceof JsonObject v && StoredStatement.VOIDED_VERB.equals(v.getString("id", ""));
    }
}
