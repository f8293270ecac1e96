package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.reporting.domain.ReadModelsRebuilt;
import org.carelearn.reporting.domain.ReportExported;

/**
 * Puts leadership's reports in the audit trail: a rebuild of their read models (an administrator's command) and
 * every export, which takes staff information out of CareLearn. Each in a transaction of its own: neither the
 * rebuild nor a download runs in one.
 */
@ApplicationScoped
public class ReportingAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes ReadModelsRebuilt rebuilt) {
        trail.recordAlone(rebuilt.actor(), AuditAction.REPORTS_REBUILT, AuditTarget.report("read-models"),
                rebuilt.detail());
    }

    void record(@Observes ReportExported exported) {
        trail.recordAlone(exported.actor(), AuditAction.REPORT_EXPORTED, AuditTarget.report(exported.report()),
                exported.detail());
    }
}
