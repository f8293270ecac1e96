package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.assignment.domain.AssignmentRuleCreated;
import org.carelearn.assignment.domain.AssignmentRuleEnded;
import org.carelearn.assignment.domain.RequirementWaived;
import org.carelearn.assignment.domain.WaiverRevoked;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;

/**
 * Puts assignment rules made and ended, and waivers granted and ended early, in the audit trail, in the
 * transaction that makes them: who acted (the actor), whom it concerns (the rule, or the person whose training
 * was waived), what happened (the action) and why (the detail, with a waiver's reason).
 */
@ApplicationScoped
public class AssignmentAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes AssignmentRuleCreated created) {
        trail.record(created.actor(), AuditAction.ASSIGNMENT_RULE_CREATED,
                AuditTarget.assignmentRule(String.valueOf(created.ruleId())), created.detail());
    }

    void record(@Observes AssignmentRuleEnded ended) {
        trail.record(ended.actor(), AuditAction.ASSIGNMENT_RULE_ENDED,
                AuditTarget.assignmentRule(String.valueOf(ended.ruleId())), ended.detail());
    }

    void record(@Observes RequirementWaived waived) {
        trail.record(waived.actor(), AuditAction.REQUIREMENT_WAIVED, AuditTarget.staffMember(waived.employeeId()),
                waived.detail());
    }

    void record(@Observes WaiverRevoked revoked) {
        trail.record(revoked.actor(), AuditAction.WAIVER_REVOKED, AuditTarget.staffMember(revoked.employeeId()),
                revoked.detail());
    }
}
