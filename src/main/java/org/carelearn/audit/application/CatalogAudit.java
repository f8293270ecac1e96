package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.catalog.application.CourseAvailabilityChanged;
import org.carelearn.catalog.application.CoursePackageRefused;
import org.carelearn.catalog.application.CourseVersionImported;

/**
 * Puts course imports and an admin's changes to what the catalog offers in the audit trail, in the transaction
 * that makes them. A refused package stores nothing, so its refusal is written in a transaction of its own.
 */
@ApplicationScoped
public class CatalogAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes CourseVersionImported imported) {
        trail.record(imported.actor(), AuditAction.COURSE_IMPORTED, AuditTarget.course(imported.courseIri()),
                imported.detail());
    }

    void record(@Observes CoursePackageRefused refused) {
        trail.recordAlone(refused.actor(), AuditAction.COURSE_IMPORT_REJECTED,
                AuditTarget.coursePackage(refused.fileName()), refused.reasons());
    }

    void record(@Observes CourseAvailabilityChanged change) {
        AuditAction action = switch (change.change()) {
            case OFFERED -> AuditAction.COURSE_OFFERED;
            case NOT_OFFERED -> AuditAction.COURSE_NOT_OFFERED;
            case RETIRED -> AuditAction.COURSE_RETIRED;
            case REINSTATED -> AuditAction.COURSE_REINSTATED;
        };
        trail.record(change.actor(), action, AuditTarget.course(change.courseIri()), change.detail());
    }
}
