package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.carelearn.competency.domain.EvidenceDocument;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.EvidenceRecorded;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.EvidenceRules;
import org.carelearn.competency.domain.FrameworkVersion;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Records evidence: checks it by every rule ({@link EvidenceRules}) against the latest version of the
 * competency's framework, stores it with that version and records its xAPI statement in the LRS, in one
 * transaction: a refusal anywhere stores nothing. The person's standings are written again once it commits
 * ({@link StandingUpkeep}).
 */
@ApplicationScoped
public class EvidenceLedger {

    @Inject
    private Frameworks frameworks;

    @Inject
    private EvidenceRepository repository;

    @Inject
    private EvidenceFactsReader facts;

    @Inject
    private EvidenceLrs lrs;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<EvidenceRecorded> recorded;

    /** Records evidence given now. */
    @Transactional
    public EvidenceRecord record(Actor actor, NewEvidence given) {
        return record(actor, given, time.now());
    }

    /** Records evidence given at that instant (a course completion arrives after it happened). */
    @Transactional
    public EvidenceRecord record(Actor actor, NewEvidence given, java.time.Instant at) {
        return record(actor, given, at, null);
    }

    /**
     * Records evidence given at that instant, observed in another context's record, whose opaque IRI its
     * statement carries as context.
     *
     * @param contextIri the record's IRI, or null
     */
    @Transactional
    public EvidenceRecord record(Actor actor, NewEvidence given, java.time.Instant at, String contextIri) {
        FrameworkVersion latest = frameworks.latestHolding(given.competencyIdentifier())
                .orElseThrow(() -> new BusinessRuleException("There is no competency " + given.competencyIdentifier()
                        + " in a published framework"));
        String statementId = UUID.randomUUID().toString();
        EvidenceRecord evidence = EvidenceRules.record(given, latest, facts.factsOf(given),
                java.time.LocalDate.ofInstant(at, time.getZone()), at, statementId);
        String instructor = given.kind() == EvidenceKind.OBSERVED_VALIDATION
                || given.kind() == EvidenceKind.PRIOR_LEARNING ? given.givenBy() : null;
        String course = given.kind() == EvidenceKind.COURSE_COMPLETION ? given.sourceRef() : null;
        lrs.record(statementId, given, instructor, latest.definition(), latest.getNumber(), course, contextIri,
                evidence.getGivenAt());
        repository.add(evidence);
        if (given.document() != null) {
            repository.add(new EvidenceDocument(evidence.getId(), given.document()));
        }
        String title = latest.definition().competency(given.competencyIdentifier()).title();
        recorded.fire(new EvidenceRecorded(actor, evidence.getId(), given.employeeId(), given.competencyIdentifier(),
                given.kind(), given.kind().getLabel() + " of " + title + " for " + given.employeeId() + " at "
                        + latest.definition().scale().level(given.level()).label() + " (framework version "
                        + latest.getNumber() + ")"));
        return evidence;
    }

    /** Whether evidence of the competency from that source, given at that instant, is recorded for the person. */
    public boolean recorded(String employeeId, String competencyIdentifier, String sourceRef,
            java.time.Instant givenAt) {
        return repository.recorded(employeeId, competencyIdentifier, sourceRef, givenAt);
    }

    /** One person's evidence, the latest first. */
    public List<EvidenceRecord> evidenceOf(String employeeId) {
        return repository.evidenceOf(employeeId);
    }
}
