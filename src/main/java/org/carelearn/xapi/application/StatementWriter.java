package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carelearn.platform.json.Jsons;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.Agents;
import org.carelearn.xapi.domain.RelatedActivities;
import org.carelearn.xapi.domain.StatementRepository;
import org.carelearn.xapi.domain.StoredStatement;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * The one way statements get into the store, in one transaction: ids already used (an identical statement is
 * accepted without a new row, a different one refused), a launch session's rules, then the position lock, the
 * stored time and the rows. A write is one {@link Submission}; concurrent single submissions can share one
 * transaction ({@link #writeGroup}, for {@link GroupCommit}).
 */
@ApplicationScoped
public class StatementWriter {

    @Inject
    private StatementRepository statements;

    @Inject
    private HospitalTime time;

    @Inject
    private WritesUnderWay underWay;

    /** Stores one submission in the caller's transaction (or a new one); returns its ids in order. */
    @Transactional
    public List<String> write(Submission submission) {
        Map<String, JsonObject> existing = statements.findExisting(submission.ids());
        // A statement sent again after a lost response is already in; only new ones face the session's rules.
        List<JsonObject> fresh = new ArrayList<>();
        for (int i = 0; i < submission.size(); i++) {
            if (!existing.containsKey(submission.withIds().get(i).getString("id"))) {
                fresh.add(submission.asSent().get(i));
            }
        }
        SessionLimits.admit(submission.credentials(), fresh);
        Pass pass = new Pass(existing, fresh.isEmpty() ? null : storedTime());
        List<String> ids = pass.take(submission);
        statements.add(pass.toStore);
        statements.addAttachments(submission.parts().values());
        if (!pass.voided.isEmpty()) {
            statements.markVoided(pass.voided);
        }
        SessionLimits.stored(submission.credentials(), pass.newlyStored);
        return ids;
    }

    /**
     * Stores several submissions of clients without a session, without attachments and without voiding, in one
     * transaction of their own, in the order given: each is taken or refused on its own (an id already used by a
     * different statement refuses that submission alone). Returns, for each, its ids or its {@link LrsException}.
     * A failure of the transaction itself (the database) throws, and nothing is stored.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Object> writeGroup(List<Submission> group) {
        Set<String> ids = new LinkedHashSet<>();
        group.forEach(s -> ids.addAll(s.ids()));
        Pass pass = new Pass(statements.findExisting(ids), storedTime());
        List<Object> outcomes = new ArrayList<>(group.size());
        for (Submission submission : group) {
            try {
                outcomes.add(pass.take(submission));
            } catch (LrsException refused) {
                outcomes.add(refused);
            }
        }
        statements.add(pass.toStore);
        return outcomes;
    }

    /**
     * The stored time of this write, taken under the position lock and never before the last committed one, so
     * that stored times follow positions (and commit order) on one server or several, whatever their clocks.
     */
    private Instant storedTime() {
        underWay.starting();
        Instant last = statements.lockPositions();
        Instant now = time.now().truncatedTo(ChronoUnit.MILLIS);
        return now.isBefore(last) ? last : now;
    }

    /** One transaction's statements to store, gathered submission by submission. */
    private final class Pass {

        private final Map<String, JsonObject> existing;
        private final Instant stored;
        private final Map<String, JsonObject> taken = new HashMap<>();
        private final List<StoredStatement> toStore = new ArrayList<>();
        private final List<JsonObject> newlyStored = new ArrayList<>();
        private final Set<String> voided = new HashSet<>();

        Pass(Map<String, JsonObject> existing, Instant stored) {
            this.existing = existing;
            this.stored = stored;
        }

        /** Takes a submission whole or not at all; returns its ids. */
        List<String> take(Submission submission) {
            List<StoredStatement> records = new ArrayList<>();
            List<JsonObject> completedOnes = new ArrayList<>();
            Set<String> voids = new HashSet<>();
            List<String> ids = new ArrayList<>();
            for (JsonObject statement : submission.withIds()) {
                String id = statement.getString("id");
                ids.add(id);
                JsonObject before = existing.containsKey(id) ? existing.get(id) : taken.get(id);
                if (before != null) {
                    // compared as this edition reads the stored one: a 1.0.3 client sending back a 2.0.0 statement
                    // as it read it (no context agents: forwarding does this) sends the same statement
                    if (!Equivalence.same(submission.edition().present(before), statement)) {
                        throw new LrsException(Kind.CONFLICT, "Statement id " + id + " is already used by a different"
                                + " statement");
                    }
                    continue;
                }
                JsonObject completed = complete(statement, stored, submission.credentials(), submission.edition());
                StoredStatement record = record(completed, stored);
                if (record.voids() != null) {
                    List<StoredStatement> sameWrite = new ArrayList<>(toStore);
                    sameWrite.addAll(records);
                    checkVoidable(record.voids(), sameWrite);
                    voids.add(record.voids());
                }
                records.add(record);
                completedOnes.add(completed);
            }
            for (JsonObject completed : completedOnes) {
                taken.put(completed.getString("id"), completed);
            }
            toStore.addAll(records);
            newlyStored.addAll(completedOnes);
            voided.addAll(voids);
            return ids;
        }
    }

    /**
     * What the LRS adds: stored, authority (from the credentials), version and timestamp if absent; and the
     * timestamp as the edition stores it.
     */
    private static JsonObject complete(JsonObject statement, Instant stored, LrsCredentials credentials,
            XapiEdition edition) {
        String storedText = DateTimeFormatter.ISO_INSTANT.format(stored);
        JsonObjectBuilder builder = Jsons.createObjectBuilder(ContextActivities.asArrays(statement))
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
