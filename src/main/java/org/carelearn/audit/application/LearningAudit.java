package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.learning.domain.CertificateIssued;
import org.carelearn.learning.domain.Enrolled;
import org.carelearn.learning.domain.LessonWaived;
import org.carelearn.learning.domain.SessionAbandoned;
import org.carelearn.platform.security.Actor;

/**
 * Puts enrolments, waivers, abandoned sessions and certificates in the audit trail, each by its cmi5
 * registration, in the transaction that records it.
 */
@ApplicationScoped
public class LearningAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes Enrolled enrolled) {
        trail.record(enrolled.actor(), AuditAction.ENROLMENT_CREATED, AuditTarget.enrolment(enrolled.registration()),
                enrolled.detail());
    }

    void record(@Observes LessonWaived waived) {
        trail.record(waived.actor(), AuditAction.AU_WAIVED, AuditTarget.enrolment(waived.registration()),
                waived.detail());
    }

    void record(@Observes SessionAbandoned abandoned) {
        trail.record(abandoned.actor(), AuditAction.SESSION_ABANDONED,
                AuditTarget.enrolment(abandoned.registration()), abandoned.detail());
    }

    void record(@Observes CertificateIssued issued) {
        trail.record(Actor.system(), AuditAction.CERTIFICATE_ISSUED, AuditTarget.enrolment(issued.registration()),
                issued.detail());
    }
}
