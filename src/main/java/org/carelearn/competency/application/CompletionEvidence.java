package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.security.Actor;

/**
 * Records a completed course as evidence of each competency it is mapped to, at the mapped level, given when the
 * course was completed; the same completion is never recorded twice. One transaction of its own: learning's has
 * committed by the time its completion arrives here ({@link CourseEvidence}).
 */
@ApplicationScoped
public class CompletionEvidence {

    @Inject
    private FrameworkRepository repository;

    @Inject
    private EvidenceLedger ledger;

    @Inject
    private Catalog catalog;

    /** @return how many pieces of evidence were recorded */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int record(CourseCompleted completion) {
        String title = catalog.course(completion.courseIri()).map(CourseSummary::title).orElse(completion.courseIri());
        int recorded = 0;
        for (CourseMapping mapping : repository.mappingsOfCourse(completion.courseIri())) {
            if (ledger.recorded(completion.employeeId(), mapping.getCompetencyIdentifier(), completion.courseIri(),
                    completion.completedAt())) {
                continue;
            }
            ledger.record(Actor.system(), NewEvidence.courseCompletion(completion.employeeId(),
                    mapping.getCompetencyIdentifier(), mapping.getLevelShown(), completion.courseIri(), title),
                    completion.completedAt());
            recorded++;
        }
        return recorded;
    }
}
