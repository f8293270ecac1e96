package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.persistence.AfterCommit;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.domain.StaffPlacementChanged;

/**
 * Keeps standing rules standing: when a person is hired, moved or leaves (the staff pages or the HR import), or
 * completes a course (the next course of a curriculum may unlock), their rules are evaluated again once the
 * change is committed, in transactions of their own, so a failure here never undoes the change itself.
 *
 * <p>The people one transaction moved (an HR import moves thousands) are gathered while it runs and evaluated
 * together after it commits, {@link Reassessment#GROUP} at a time, rather than one by one.
 */
@ApplicationScoped
public class RuleTriggers {

    private static final Logger LOG = Logger.getLogger(RuleTriggers.class.getName());

    /** The key of the set of moved people in the transaction's resources. */
    private static final Object MOVED = RuleTriggers.class.getName() + ".moved";

    @Inject
    private Reassessment reassessment;

    @Inject
    private AfterCommit afterCommit;

    void placementChanged(@Observes StaffPlacementChanged change) {
        afterCommit.gather(MOVED, change.employeeId(), this::reassess);
    }

    void courseCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completion) {
        reassess(List.of(completion.employeeId()));
    }

    private void reassess(List<String> employeeIds) {
        long start = System.nanoTime();
        for (int from = 0; from < employeeIds.size(); from += Reassessment.GROUP) {
            List<String> group = employeeIds.subList(from, Math.min(employeeIds.size(), from + Reassessment.GROUP));
            try {
                reassessment.reassessAlone(Actor.system(), group);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Assignment rules could not be evaluated again for " + group.size()
                        + " people from " + group.get(0) + "; the next round sweep tries again", e);
            }
        }
        if (employeeIds.size() >= Reassessment.GROUP) {
            // An import's worth of people: say how long the work after its commit took, for whoever tunes it.
            LOG.info(String.format(Locale.ROOT, "Evaluated the assignment rules again for %d people changed in one"
                    + " transaction in %.1f s", employeeIds.size(), (System.nanoTime() - start) / 1e9));
        }
    }
}
