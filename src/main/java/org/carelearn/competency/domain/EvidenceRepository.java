package org.carelearn.competency.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Evidence and its documents, validators' approvals and requests for validation. */
public interface EvidenceRepository {

    void add(EvidenceRecord evidence);

    void add(EvidenceDocument document);

    Optional<EvidenceRecord> evidence(long id);

    /** One person's evidence, the latest given first. */
    List<EvidenceRecord> evidenceOf(String employeeId);

    /** Whether evidence of the competency from that source, given at that instant, is recorded for the person. */
    boolean recorded(String employeeId, String competencyIdentifier, String sourceRef, Instant givenAt);

    Optional<EvidenceDocument> document(long evidenceId);

    void add(Validator validator);

    Optional<Validator> validator(long id);

    /** Every active approval, by competency then validator. */
    List<Validator> activeValidators();

    List<Validator> activeApprovalsOf(String validatorId);

    void add(ValidationRequest request);

    Optional<ValidationRequest> request(long id);

    /** The open requests for these competencies, oldest first: a validator's worklist. */
    List<ValidationRequest> openRequestsFor(Collection<String> competencyIdentifiers);

    List<ValidationRequest> requestsOf(String employeeId);
}
