package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.competency.domain.CompetencyAccessRefused;
import org.carelearn.competency.domain.CompetencyRequirementChanged;
import org.carelearn.competency.domain.EvidenceRecorded;
import org.carelearn.competency.domain.FrameworkPublished;
import org.carelearn.competency.domain.ValidationRefused;
import org.carelearn.competency.domain.ValidationRequestChanged;
import org.carelearn.competency.domain.ValidatorApprovalChanged;

/**
 * Puts the competency context's changes in the audit trail, in the transaction that makes them: frameworks
 * published, requirements and course mappings set or removed, evidence recorded, validators approved or ended,
 * validations requested or withdrawn; and, in a transaction of its own (nothing else happened), a refused look at
 * someone's competency record and a refused observed validation.
 */
@ApplicationScoped
public class CompetencyAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes FrameworkPublished published) {
        trail.record(published.actor(), AuditAction.COMPETENCY_FRAMEWORK_PUBLISHED,
                AuditTarget.competencyFramework(published.frameworkIdentifier()), published.detail());
    }

    void record(@Observes CompetencyRequirementChanged changed) {
        AuditAction action = switch (changed.change()) {
            case REQUIREMENT_SET -> AuditAction.COMPETENCY_REQUIREMENT_SET;
            case REQUIREMENT_REMOVED -> AuditAction.COMPETENCY_REQUIREMENT_REMOVED;
            case COURSE_MAPPING_SET -> AuditAction.COURSE_COMPETENCY_MAPPED;
            case COURSE_MAPPING_REMOVED -> AuditAction.COURSE_COMPETENCY_UNMAPPED;
        };
        trail.record(changed.actor(), action, AuditTarget.competency(changed.competencyIdentifier()), changed.detail());
    }

    void record(@Observes EvidenceRecorded recorded) {
        trail.record(recorded.actor(), AuditAction.COMPETENCY_EVIDENCE_RECORDED,
                AuditTarget.staffMember(recorded.employeeId()), recorded.detail());
    }

    void record(@Observes ValidatorApprovalChanged changed) {
        trail.record(changed.actor(), changed.approved() ? AuditAction.VALIDATOR_APPROVED
                : AuditAction.VALIDATOR_APPROVAL_ENDED, AuditTarget.staffMember(changed.validatorId()),
                changed.detail());
    }

    void record(@Observes CompetencyAccessRefused refused) {
        trail.recordAlone(refused.actor(), AuditAction.COMPETENCY_ACCESS_REFUSED,
                AuditTarget.staffMember(refused.employeeId()), refused.detail());
    }

    void record(@Observes ValidationRequestChanged changed) {
        trail.record(changed.actor(), changed.requested() ? AuditAction.VALIDATION_REQUESTED
                : AuditAction.VALIDATION_REQUEST_WITHDRAWN, AuditTarget.staffMember(changed.employeeId()),
                changed.detail());
    }

    void record(@Observes ValidationRefused refused) {
        trail.recordAlone(refused.actor(), AuditAction.VALIDATION_REFUSED,
                AuditTarget.staffMember(refused.employeeId()), refused.detail());
    }
}
