package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.EvidenceFacts;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.competency.domain.Validator;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPlacement;

/** Reads what the rules for evidence need to know about its giver, its course and the person it is about. */
@ApplicationScoped
class EvidenceFactsReader {

    @Inject
    private FrameworkRepository frameworks;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private StaffDirectory directory;

    @Inject
    private LineOfAuthority line;

    EvidenceFacts factsOf(NewEvidence given) {
        Integer mapped = given.kind() != EvidenceKind.COURSE_COMPLETION || given.sourceRef() == null ? null
                : frameworks.mappingsOfCourse(given.sourceRef()).stream()
                        .filter(m -> m.getCompetencyIdentifier().equals(given.competencyIdentifier()))
                        .map(CourseMapping::getLevelShown).findFirst().orElse(null);
        var approval = given.kind() != EvidenceKind.OBSERVED_VALIDATION ? null
                : evidence.activeApprovalsOf(given.givenBy()).stream()
                        .filter(v -> v.getCompetencyIdentifier().equals(given.competencyIdentifier()))
                        .map(Validator::approval).findFirst().orElse(null);
        String giversManager = directory.placement(given.givenBy()).map(StaffPlacement::managerChain)
                .filter(chain -> !chain.isEmpty()).map(chain -> chain.get(0)).orElse(null);
        boolean manages = given.kind() == EvidenceKind.PRIOR_LEARNING
                && line.isInLine(given.givenBy(), given.employeeId());
        return new EvidenceFacts(mapped, approval, giversManager, manages);
    }
}
