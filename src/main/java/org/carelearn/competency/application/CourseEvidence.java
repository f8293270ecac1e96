package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.learning.domain.CourseCompleted;

/**
 * Turns course completions into evidence: when learning reports a completed course (its {@link CourseCompleted}
 * event, never its tables), {@link CompletionEvidence} records it for each competency the course is mapped to.
 * Runs after learning's transaction committed, in one of its own, so a refusal here never undoes the completion.
 */
@ApplicationScoped
public class CourseEvidence {

    private static final Logger LOG = Logger.getLogger(CourseEvidence.class.getName());

    @Inject
    private CompletionEvidence evidence;

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completion) {
        try {
            evidence.record(completion);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The completion of " + completion.courseIri() + " by " + completion.employeeId()
                    + " could not be recorded as competency evidence", e);
        }
    }
}
