package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.domain.forwarding.ExternalLrs;
import org.carelearn.xapi.domain.forwarding.ExternalLrs.ExternalLrsException;
import org.carelearn.xapi.domain.forwarding.Forwarding;
import org.carelearn.xapi.domain.forwarding.ForwardingBatch;
import org.carelearn.xapi.domain.forwarding.ForwardingQueue;
import org.carelearn.xapi.domain.forwarding.ForwardingRepository;
import org.carelearn.xapi.domain.forwarding.HeldStatement;
import org.carelearn.xapi.domain.forwarding.HeldStatementRepository;
import org.carelearn.xapi.domain.forwarding.PendingStatement;
import org.carelearn.xapi.domain.statement.Attachment;
import org.carelearn.xapi.domain.statement.StatementRepository;

/**
 * One forwarding step: under the forwarding row's lock, send the next batch after the cursor and move the
 * cursor only if the external LRS accepted it. A statement the other LRS refuses for good is held back
 * ({@link HeldStatement}) and the cursor moves past it, so one statement never stops forwarding. The lock makes the
 * step exclusive across servers; the HTTP requests run inside the transaction, bounded by the client's timeouts.
 */
@ApplicationScoped
public class ForwardingCycle {

    /** Statements per request. */
    static final int BATCH = 100;
    /**
     * Per request, unless a single statement needs more: 100 statements, 1 MB of JSON (a quarter of what
     * CareLearn's own LRS takes), 16 MB of attachment content.
     */
    static final ForwardingBatch.Limits LIMITS = new ForwardingBatch.Limits(BATCH, 1024L * 1024,
            16L * 1024 * 1024);

    /** What a step did. */
    public enum Outcome {
        /** Disabled, not configured, backing off, or nothing to send. */
        NOTHING,
        /** A batch was accepted and more statements may be waiting. */
        MORE,
        /** A batch was accepted and the backlog is empty. */
        DONE,
        /** The external LRS could not be reached or refused the batch. */
        FAILED
    }

    private static final Logger LOG = Logger.getLogger(ForwardingCycle.class.getName());

    @Inject
    private ForwardingRepository forwardings;

    @Inject
    private ForwardingQueue queue;

    @Inject
    private StatementRepository statements;

    @Inject
    private ExternalLrs externalLrs;

    @Inject
    private HeldStatementRepository held;

    @Inject
    private HospitalTime time;

    /** Whether a step would send now; reads without locking, so idle polling costs no lock. */
    public boolean isDue() {
        return forwardings.find().isDue(time.now());
    }

    @Transactional
    public Outcome step() {
        Forwarding forwarding = forwardings.lock();
        if (!forwarding.isDue(time.now())) {
            return Outcome.NOTHING;
        }
        List<PendingStatement> next = queue.after(forwarding.getLastPosition(), BATCH);
        if (next.isEmpty()) {
            return Outcome.NOTHING;
        }
        ForwardingBatch batch = batchOf(next);
        ExternalLrs.Target target = targetOf(forwarding);
        try {
            ForwardingBatch accepted = sendNarrowing(target, batch);
            if (forwarding.getConsecutiveFailures() > 0) {
                LOG.log(Level.INFO, "Forwarding statements to {0} works again", forwarding.getEndpoint());
            }
            forwarding.recordSuccess(accepted.lastPosition(), time.now());
            return accepted.size() < next.size() || next.size() == BATCH ? Outcome.MORE : Outcome.DONE;
        } catch (HeldBack back) {
            PendingStatement statement = back.statement;
            String statementId = statement.statementId();
            LOG.log(Level.WARNING, "The LRS at {0} refused statement {1} for good; it is held back for an admin and"
                    + " forwarding goes on: {2}", new Object[] {forwarding.getEndpoint(), statementId,
                            back.refusal.getMessage()});
            held.add(HeldStatement.refused(statement.position(), statementId, back.refusal, time.now()));
            forwarding.recordHeld(statement.position(), time.now());
            return Outcome.MORE;
        } catch (ExternalLrsException e) {
            if (forwarding.getConsecutiveFailures() == 0) {
                LOG.log(Level.WARNING, "Forwarding statements to {0} failed, will retry: {1}",
                        new Object[] {forwarding.getEndpoint(), e.getMessage()});
            }
            forwarding.recordFailure(e.getMessage(), time.now());
            return Outcome.FAILED;
        }
    }

    /**
     * Sends one statement alone, whatever the back-off says, under the forwarding row's lock (so never beside a
     * running step): how an admin retries a held statement.
     *
     * @throws ExternalLrsException as the other LRS or the connection failed; {@link ExternalLrs.Refused} when
     *             it answered with an error status; that leaves the caller's transaction to commit (the caller
     *             records the refusal)
     */
    @Transactional(dontRollbackOn = ExternalLrsException.class)
    public void sendAlone(PendingStatement statement) {
        Forwarding forwarding = forwardings.lock();
        if (forwarding.getEndpoint() == null || forwarding.getKey() == null || !forwarding.hasSecret()) {
            throw new ExternalLrsException("Forwarding has no external LRS set up: enter its endpoint, key and secret",
                    null);
        }
        send(targetOf(forwarding), batchOf(List.of(statement)));
    }

    /**
     * Sends the batch; when the other LRS refuses it for good, sends ever smaller prefixes (halving) until one is
     * accepted or a single statement is refused, so that one refused statement costs at most log2(BATCH) more
     * requests and every statement before it goes through.
     *
     * @return what was accepted: the batch or a prefix of it
     * @throws HeldBack the batch's first statement, refused for good when sent alone
     */
    private ForwardingBatch sendNarrowing(ExternalLrs.Target target, ForwardingBatch batch) {
        ForwardingBatch candidate = batch;
        while (true) {
            try {
                send(target, candidate);
                return candidate;
            } catch (ExternalLrs.Refused refused) {
                if (!refused.isForGood()) {
                    throw refused;
                }
                if (candidate.size() == 1) {
                    throw new HeldBack(candidate.statements().get(0), refused);
                }
                candidate = candidate.prefix(candidate.size() / 2);
            }
        }
    }

    private void send(ExternalLrs.Target target, ForwardingBatch batch) {
        List<Attachment> content = batch.attachmentHashes().isEmpty() ? List.of()
                : statements.attachments(batch.attachmentHashes());
        externalLrs.send(target, batch.json(), content);
    }

    private ForwardingBatch batchOf(List<PendingStatement> next) {
        Set<String> hashes = new HashSet<>();
        next.forEach(s -> hashes.addAll(s.attachmentHashes()));
        return ForwardingBatch.cut(next, hashes.isEmpty() ? Map.of() : queue.storedSizes(hashes), LIMITS);
    }

    private static ExternalLrs.Target targetOf(Forwarding forwarding) {
        return new ExternalLrs.Target(forwarding.getEndpoint(), forwarding.getKey(), forwarding.secret());
    }

    /** A statement refused for good on its own: the step holds it back. */
    private static final class HeldBack extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient PendingStatement statement;
        private final ExternalLrs.Refused refusal;

        HeldBack(PendingStatement statement, ExternalLrs.Refused refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.statement = statement;
            this.refusal = refusal;
        }
    }

    /** Lifts the back-off, so that the next step sends at once. */
    @Transactional
    public void retryNow() {
        forwardings.lock().retryNow();
    }
}
