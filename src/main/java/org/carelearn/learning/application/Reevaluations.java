package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.learning.domain.PendingReevaluation;
import org.carelearn.platform.time.HospitalTime;

/**
 * Learning's reaction to what an AU stored, after the fact: the LRS stores the AU's statements (its session's rules
 * checked them before, in the same transaction) and only then does learning re-evaluate the enrolment and store the
 * LMS's satisfied statements, in a transaction of its own. What is due is written in the storing transaction
 * ({@link PendingReevaluation}), so a crash between the two loses nothing: the session sweep re-evaluates what is
 * left. The re-evaluation runs in the request's thread right after the commit, so the AU's POST is answered once
 * its satisfied statements are stored, as before.
 */
@ApplicationScoped
public class Reevaluations {

    /** How long a due re-evaluation may wait before the sweep takes it as left behind. */
    static final Duration LEFT_BEHIND = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(Reevaluations.class.getName());

    @Inject
    private LearningRepository repository;

    @Inject
    private Progression progression;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<ReevaluationDue> due;

    /** This bean through its proxy, so that {@link #run} gets the transaction it asks for. */
    @Inject
    private Reevaluations self;

    /**
     * Records, in the caller's transaction (the one storing the AU's statements, with the enrolment locked), that
     * the enrolment is to be re-evaluated once it committed.
     */
    void dueAfterCommit(Enrolment enrolment, String sessionId) {
        repository.pendingReevaluation(enrolment.getId()).ifPresentOrElse(p -> p.askedAgainBy(sessionId),
                () -> repository.add(new PendingReevaluation(enrolment.getId(), sessionId, time.now())));
        due.fire(new ReevaluationDue(enrolment.getId()));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReevaluationDue committed) {
        try {
            self.run(committed.enrolmentId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Enrolment " + committed.enrolmentId() + " could not be re-evaluated after its AU's"
                    + " statements; the session sweep tries again", e);
        }
    }

    /**
     * Re-evaluates the enrolment if it is still due (another node or the sweep may have done it), under the
     * enrolment's lock, so that two runs never both store the same satisfied statement.
     *
     * @return whether it was due
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean run(long enrolmentId) {
        Enrolment enrolment = repository.lockedEnrolment(enrolmentId).orElse(null);
        PendingReevaluation pending = repository.pendingReevaluation(enrolmentId).orElse(null);
        if (pending == null) {
            return false;
        }
        if (enrolment != null) {
            progression.reevaluate(enrolment, pending.getSessionId());
        }
        repository.remove(pending);
        return true;
    }

    /** Runs the re-evaluations left behind (by a crash or a failure after the commit); returns how many ran. */
    public int catchUp() {
        int ran = 0;
        for (PendingReevaluation pending : repository.reevaluationsDueSince(time.now().minus(LEFT_BEHIND))) {
            try {
                if (self.run(pending.getEnrolmentId())) {
                    ran++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Enrolment " + pending.getEnrolmentId() + " could not be re-evaluated", e);
            }
        }
        return ran;
    }
}
