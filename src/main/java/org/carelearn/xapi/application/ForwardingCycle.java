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
import org.carelearn.xapi.domain.Attachment;
import org.carelearn.xapi.domain.ExternalLrs;
import org.carelearn.xapi.domain.ExternalLrs.ExternalLrsException;
import org.carelearn.xapi.domain.Forwarding;
import org.carelearn.xapi.domain.ForwardingBatch;
import org.carelearn.xapi.domain.ForwardingQueue;
import org.carelearn.xapi.domain.ForwardingRepository;
import org.carelearn.xapi.domain.PendingStatement;
import org.carelearn.xapi.domain.StatementRepository;

/**
 * One forwarding step: under the forwarding row's lock, send the next batch after the cursor and move the
 * cursor only if the external LRS accepted it. The lock makes the step exclusive across servers; the HTTP
 * request runs inside the transaction, bounded by the client's timeouts.
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
        Set<String> hashes = new HashSet<>();
        next.forEach(s -> hashes.addAll(s.attachmentHashes()));
        ForwardingBatch batch = ForwardingBatch.cut(next, hashes.isEmpty() ? Map.of() : queue.storedSizes(hashes),
                LIMITS);
        List<Attachment> content = batch.attachmentHashes().isEmpty() ? List.of()
                : statements.attachments(batch.attachmentHashes());
        ExternalLrs.Target target = new ExternalLrs.Target(forwarding.getEndpoint(), forwarding.getKey(),
                forwarding.secret());
        try {
            externalLrs.send(target, batch.json(), content);
        } catch (ExternalLrsException e) {
            if (forwarding.getConsecutiveFailures() == 0) {
                LOG.log(Level.WARNING, "Forwarding statements to {0} failed, will retry: {1}",
                        new Object[] {forwarding.getEndpoint(), e.getMessage()});
            }
            forwarding.recordFailure(e.getMessage(), time.now());
            return Outcome.FAILED;
        }
        if (forwarding.getConsecutiveFailures() > 0) {
            LOG.log(Level.INFO, "Forwarding statements to {0} works again", forwarding.getEndpoint());
        }
        forwarding.recordSuccess(batch.lastPosition(), time.now());
        return batch.size() < next.size() || next.size() == BATCH ? Outcome.MORE : Outcome.DONE;
    }

    /** Lifts the back-off, so that the next step sends at once. */
    @Transactional
    public void retryNow() {
        forwardings.lock().retryNow();
    }
}
