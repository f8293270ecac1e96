package org.carelearn.competency.application.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.carelearn.competency.application.EvidenceLedger;
import org.carelearn.competency.domain.EvidenceDocumentContent;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;

/**
 * Prior learning (a qualification, a course elsewhere, earlier experience) attested by a manager of the person
 * with the document it rests on: a PDF, PNG or JPEG of at most 5 MB, judged by its first bytes
 * ({@link EvidenceDocumentContent#of}), stored in the database with the evidence.
 */
@ApplicationScoped
public class PriorLearning {

    @Inject
    private EvidenceLedger ledger;

    public EvidenceRecord attest(Actor actor, SignedInPerson manager, String employeeId, String competencyIdentifier,
            Integer level, String comment, String fileName, byte[] content) {
        if (manager == null) {
            throw new BusinessRuleException("Sign in to attest prior learning");
        }
        if (level == null) {
            throw new BusinessRuleException("Choose the level the prior learning shows");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("Attach the document the prior learning rests on (a PDF or an image)");
        }
        EvidenceDocumentContent document = EvidenceDocumentContent.of(fileName, content);
        return ledger.record(actor, new NewEvidence(employeeId, competencyIdentifier, EvidenceKind.PRIOR_LEARNING,
                level, manager.employeeId(), comment, null, List.of(), document));
    }
}
