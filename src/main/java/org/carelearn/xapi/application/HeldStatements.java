package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.domain.LrsAdministered;
import org.carelearn.xapi.domain.forwarding.ExternalLrs;
import org.carelearn.xapi.domain.forwarding.ExternalLrs.ExternalLrsException;
import org.carelearn.xapi.domain.forwarding.ForwardingQueue;
import org.carelearn.xapi.domain.forwarding.ForwardingRepository;
import org.carelearn.xapi.domain.forwarding.HeldStatement;
import org.carelearn.xapi.domain.forwarding.HeldStatementRepository;
import org.carelearn.xapi.domain.forwarding.PendingStatement;

/**
 * The statements the external LRS refused for good, which forwarding held back so as to go on with the ones
 * after them: an admin lists them, sends one again once the cause is fixed on the other side, or releases it
 * (it stays in CareLearn's LRS, it is no longer to be forwarded). Every retry and release is audited.
 */
@ApplicationScoped
public class HeldStatements {

    @Inject
    private Event<LrsAdministered> administered;

    @Inject
    private ForwardingRepository forwardings;

    @Inject
    private ForwardingQueue queue;

    @Inject
    private ForwardingCycle cycle;

    @Inject
    private HeldStatementRepository held;

    @Inject
    private HospitalTime time;

    /** A statement the external LRS refused for good, as an admin sees it. */
    public record Held(String statementId, long position, int httpStatus, String reason, Instant heldAt,
            Instant lastTriedAt, int attempts) implements Serializable {

        static Held of(HeldStatement held) {
            return new Held(held.getStatementId(), held.getPosition(), held.getHttpStatus(), held.getReason(),
                    held.getHeldAt(), held.getLastTriedAt(), held.getAttempts());
        }
    }

    /** How sending a held statement again went. */
    public record Retried(Outcome outcome, String reason) {

        /** What became of the statement. */
        public enum Outcome {
            /** The other LRS took it; it is no longer held. */
            ACCEPTED,
            /** The other LRS refused it for good again; it stays held with the new reason. */
            REFUSED_AGAIN,
            /** The other LRS could not be reached or asked to wait; it stays held as it was. */
            NOT_REACHED
        }
    }

    public long count() {
        return held.count();
    }

    /** The held statements, oldest first. */
    public List<Held> list(int first, int max) {
        return held.list(Math.max(0, first), Math.max(1, Math.min(max, 500))).stream().map(Held::of).toList();
    }

    /**
     * Sends a held statement to the external LRS again, alone, now. Accepted, it leaves the list; refused for
     * good again, it stays with the new reason; not reached, it stays as it was. Each attempt is audited.
     *
     * @throws NotFoundException when no statement with this id is held
     */
    @Transactional
    public Retried retry(Actor actor, String statementId) {
        forwardings.lock();
        HeldStatement statement = findHeld(statementId);
        PendingStatement pending = queue.at(statement.getPosition()).orElseThrow(() -> new NotFoundException(
                "Statement " + statement.getStatementId() + " is no longer stored here; release it"));
        Retried retried;
        try {
            cycle.sendAlone(pending);
            held.remove(statement);
            retried = new Retried(Retried.Outcome.ACCEPTED, null);
        } catch (ExternalLrs.Refused refused) {
            if (!refused.isForGood()) {
                retried = new Retried(Retried.Outcome.NOT_REACHED, refused.getMessage());
            } else {
                statement.refusedAgain(refused, time.now());
                retried = new Retried(Retried.Outcome.REFUSED_AGAIN, statement.getReason());
            }
        } catch (ExternalLrsException e) {
            retried = new Retried(Retried.Outcome.NOT_REACHED, e.getMessage());
        }
        administered.fire(new LrsAdministered(actor, LrsAdministered.Change.HELD_STATEMENT_RETRIED, endpoint(),
                "statement " + statement.getStatementId() + ": "
                        + switch (retried.outcome()) {
                            case ACCEPTED -> "accepted";
                            case REFUSED_AGAIN -> "refused again (" + statement.getHttpStatus() + ")";
                            case NOT_REACHED -> "not reached, still held";
                        }));
        return retried;
    }

    /**
     * Gives up forwarding a held statement: it leaves the list and stays in CareLearn's LRS. Audited.
     *
     * @throws NotFoundException when no statement with this id is held
     */
    @Transactional
    public void release(Actor actor, String statementId) {
        forwardings.lock();
        HeldStatement statement = findHeld(statementId);
        held.remove(statement);
        administered.fire(new LrsAdministered(actor, LrsAdministered.Change.HELD_STATEMENT_RELEASED, endpoint(),
                "statement " + statement.getStatementId() + ", refused with " + statement.getHttpStatus() + ", will not be forwarded"));
    }

    private HeldStatement findHeld(String statementId) {
        String id = statementId == null ? "" : statementId.strip().toLowerCase(Locale.ROOT);
        return held.byStatementId(id).orElseThrow(() -> new NotFoundException(
                "No statement " + statementId + " is held back from forwarding"));
    }

    private String endpoint() {
        String endpoint = forwardings.find().getEndpoint();
        return endpoint == null ? "(no endpoint)" : endpoint;
    }
}
