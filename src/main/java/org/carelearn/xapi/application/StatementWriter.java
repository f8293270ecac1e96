package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.statement.StatementRepository;
import org.carelearn.xapi.domain.statement.StoredStatement;

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
     * transaction of their own, in the order given: each is taken or refused on its own (an id used twice in the
     * group by different statements refuses the later submission alone). Returns, for each, its ids or its
     * {@link LrsException}.
     *
     * <p>Optimistic about ids: it does not look for them among the statements already stored, since almost every
     * write is new and that look-up was a sixth of a batch's cost, on the one path writers take in turn (LrsBench,
     * session 14). An id that is already stored makes the database refuse the insert (STATEMENT_ID is unique):
     * the transaction rolls back, nothing of the group is stored, and this throws, so that the caller writes each
     * submission again through {@link #write}, which does look (and accepts a statement sent again identically,
     * or refuses a different one with that id).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Object> writeGroup(List<Submission> group) {
        Pass pass = new Pass(Map.of(), storedTime());
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
        private final Map<String, Completed> taken = new HashMap<>();
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
            List<Completed> completedOnes = new ArrayList<>();
            Set<String> voids = new HashSet<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < submission.size(); i++) {
                JsonObject statement = submission.withIds().get(i);
                String id = statement.getString("id");
                ids.add(id);
                JsonObject before = existing.containsKey(id) ? existing.get(id)
                        : taken.containsKey(id) ? taken.get(id).stamped(stored) : null;
                if (before != null) {
                    // compared as this edition reads the stored one: a 1.0.3 client sending back a 2.0.0 statement
                    // as it read it (no context agents: forwarding does this) sends the same statement
                    if (!Equivalence.same(submission.edition().present(before), statement)) {
                        throw new LrsException(Kind.CONFLICT, "Statement id " + id + " is already used by a different"
                                + " statement");
                    }
                    continue;
                }
                Completed completed = submission.completed().get(i);
                StoredStatement record = completed.at(stored);
                if (record.voids() != null) {
                    List<StoredStatement> sameWrite = new ArrayList<>(toStore);
                    sameWrite.addAll(records);
                    checkVoidable(record.voids(), sameWrite);
                    voids.add(record.voids());
                }
                records.add(record);
                completedOnes.add(completed);
            }
            for (Completed completed : completedOnes) {
                taken.put(completed.id(), completed);
                if (submission.credentials().session() != null) {
                    newlyStored.add(completed.stamped(stored));
                }
            }
            toStore.addAll(records);
            voided.addAll(voids);
            return ids;
        }
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
