package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.security.Actor;

/**
 * Turns course completions into evidence: when learning reports a completed course (its {@link CourseCompleted}
 * event, never its tables), each competency the course is mapped to gets a course completion at the mapped level,
 * given the day of the completion. Runs after learning's transaction committed, in one of its own per
 * competency, so a refusal here never undoes the completion; the same completion is never recorded twice.
 */
@ApplicationScoped
public class CourseEvidence {

    private static final Logger LOG = Logger.getLogger(CourseEvidence.class.getName());

    @Inject
    private FrameworkRepository repository;

    @Inject
    private EvidenceLedger ledger;

    @Inject
    private Catalog catalog;

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completion) {
        String title = catalog.course(completion.courseIri()).map(CourseSummary::title).orElse(completion.courseIri());
        for (CourseMapping mapping : repository.mappingsOfCourse(completion.courseIri())) {
            try {
                if (ledger.recorded(completion.employeeId(), mapping.getCompetencyIdentifier(),
                        completion.courseIri(), completion.completedAt())) {
                    continue;
                }
                ledger.recordAlone(Actor.system(), NewEvidence.courseCompletion(completion.employeeId(),
                        mapping.getCompetencyIdentifier(), mapping.getLevelShown(), completion.courseIri(), title),
                        completion.completedAt());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The completion of " + completion.courseIri() + " by "
                        + completion.employeeId() + " could not be recorded as evidence of "
                        + mapping.getCompetencyIdentifier(), e);
            }
        }
    }
}
