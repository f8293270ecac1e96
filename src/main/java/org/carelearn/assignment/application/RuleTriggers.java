package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.domain.StaffPlacementChanged;

/**
 * Keeps standing rules standing: when a person is hired, moved or leaves (the staff pages or the HR import), or
 * completes a course (the next course of a curriculum may unlock), their rules are evaluated again once the
 * change is committed, in a transaction of their own, so a failure here never undoes the change itself.
 */
@ApplicationScoped
public class RuleTriggers {

    private static final Logger LOG = Logger.getLogger(RuleTriggers.class.getName());

    @Inject
    private Reassessment reassessment;

    void placementChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffPlacementChanged change) {
        reassess(change.employeeId());
    }

    void courseCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completion) {
        reassess(completion.employeeId());
    }

    private void reassess(String employeeId) {
        try {
            reassessment.reassessAlone(Actor.system(), employeeId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Assignment rules could not be evaluated again for " + employeeId
                    + "; the next round sweep tries again", e);
        }
    }
}
