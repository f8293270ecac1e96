package org.carelearn.competency.application.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.carelearn.competency.domain.EvidenceDocumentContent;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;

/**
 * The document behind a record of prior learning, for those who may see the person's record: the person, a
 * manager in their line, an administrator. Anyone else, and any evidence without a document, gets nothing, so
 * the answer tells nothing about records one may not see.
 */
@ApplicationScoped
public class EvidenceDocuments {

    @Inject
    private EvidenceRepository repository;

    @Inject
    private ValidationRequests requests;

    @Transactional
    public Optional<EvidenceDocumentContent> open(SignedInPerson who, long evidenceId) {
        if (who == null) {
            return Optional.empty();
        }
        return repository.evidence(evidenceId).map(EvidenceRecord::getEmployeeId)
                .filter(owner -> who.has(Role.ADMIN) || requests.mayAskFor(who, owner))
                .flatMap(owner -> repository.document(evidenceId)).map(d -> d.content());
    }
}
