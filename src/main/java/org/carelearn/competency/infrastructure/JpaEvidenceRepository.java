package org.carelearn.competency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carelearn.competency.domain.EvidenceDocument;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.ValidationRequest;
import org.carelearn.competency.domain.Validator;

/** Evidence, documents, validators and validation requests through JPA named queries. */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public void add(EvidenceRecord evidence) {
        em.persist(evidence);
        em.flush();
    }

    @Override
    public void add(EvidenceDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<EvidenceRecord> evidence(long id) {
        return Optional.ofNullable(em.find(EvidenceRecord.class, id));
    }

    @Override
    public List<EvidenceRecord> evidenceOf(String employeeId) {
        return em.createNamedQuery("EvidenceRecord.ofPerson", EvidenceRecord.class)
                .setParameter("employeeId", employeeId).getResultList();
    }

    @Override
    public boolean recorded(String employeeId, String competencyIdentifier, String sourceRef, Instant givenAt) {
        return !em.createNamedQuery("EvidenceRecord.bySource", EvidenceRecord.class)
                .setParameter("employeeId", employeeId).setParameter("competency", competencyIdentifier)
                .setParameter("sourceRef", sourceRef)
                .setParameter("givenAt", givenAt).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<EvidenceDocument> document(long evidenceId) {
        return Optional.ofNullable(em.find(EvidenceDocument.class, evidenceId));
    }

    @Override
    public void add(Validator validator) {
        em.persist(validator);
    }

    @Override
    public Optional<Validator> validator(long id) {
        return Optional.ofNullable(em.find(Validator.class, id));
    }

    @Override
    public List<Validator> activeValidators() {
        return em.createNamedQuery("Validator.active", Validator.class).getResultList();
    }

    @Override
    public List<Validator> activeApprovalsOf(String validatorId) {
        return em.createNamedQuery("Validator.activeOf", Validator.class).setParameter("validatorId", validatorId)
                .getResultList();
    }

    @Override
    public void add(ValidationRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<ValidationRequest> request(long id) {
        return Optional.ofNullable(em.find(ValidationRequest.class, id));
    }

    @Override
    public List<ValidationRequest> openRequestsFor(Collection<String> competencyIdentifiers) {
        if (competencyIdentifiers.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ValidationRequest.openFor", ValidationRequest.class)
                .setParameter("competencies", List.copyOf(competencyIdentifiers)).getResultList();
    }

    @Override
    public List<ValidationRequest> requestsOf(String employeeId) {
        return em.createNamedQuery("ValidationRequest.ofPerson", ValidationRequest.class)
                .setParameter("employeeId", employeeId).getResultList();
    }
}
