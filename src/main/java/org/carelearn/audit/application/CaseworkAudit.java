package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.casework.domain.CaseAccessRefused;
import org.carelearn.casework.domain.CaseGapChanged;
import org.carelearn.casework.domain.CaseImported;
import org.carelearn.casework.domain.CaseOwnerOverridden;
import org.carelearn.casework.domain.CompetencyLinksChanged;
import org.carelearn.casework.domain.CaseRecorded;
import org.carelearn.casework.domain.CaseSeen;

/**
 * Puts patient-relations cases in the audit trail: every case recorded and worked on, every view, search, export
 * and print (who, which case by its opaque id, when, from where), and every refused attempt. Refusals and refused
 * imports are kept on their own, so that the answer "not found" (which rolls the request back) still leaves its
 * trace. Nothing of the patient is in any of it: the events carry none.
 */
@ApplicationScoped
public class CaseworkAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes CaseRecorded recorded) {
        trail.record(recorded.actor(), recorded.created() ? AuditAction.CASE_RECORDED : AuditAction.CASE_UPDATED,
                AuditTarget.caseRecord(recorded.caseId()), recorded.detail());
    }

    void record(@Observes CaseSeen seen) {
        AuditAction action = switch (seen.use()) {
            case VIEWED -> AuditAction.CASE_VIEWED;
            case SEARCHED -> AuditAction.CASE_SEARCHED;
            case EXPORTED -> AuditAction.CASE_EXPORTED;
            case PRINTED -> AuditAction.CASE_PRINTED;
        };
        AuditTarget target = seen.caseId() != null ? AuditTarget.caseRecord(seen.caseId())
                : AuditTarget.caseRecords(seen.use().name().toLowerCase(Locale.ROOT));
        trail.record(seen.actor(), action, target, seen.detail());
    }

    void record(@Observes CaseOwnerOverridden overridden) {
        trail.record(overridden.actor(), AuditAction.CASE_OWNER_OVERRIDDEN, AuditTarget.caseRecord(overridden.caseId()),
                overridden.detail());
    }

    void record(@Observes CaseGapChanged gap) {
        trail.record(gap.actor(), gap.approved() ? AuditAction.CASE_COMPETENCY_GAP_APPROVED
                : AuditAction.CASE_COMPETENCY_GAP_RECORDED, AuditTarget.caseRecord(gap.caseId()), gap.detail());
    }

    void record(@Observes CompetencyLinksChanged changed) {
        trail.record(changed.actor(), AuditAction.CASE_COMPETENCY_LINKS_CHANGED,
                AuditTarget.setting("casework.competency-links"), changed.detail());
    }

    void record(@Observes CaseAccessRefused refused) {
        trail.recordAlone(refused.actor(), AuditAction.CASE_ACCESS_REFUSED, AuditTarget.caseRecord(refused.caseId()),
                refused.detail());
    }

    void record(@Observes CaseImported imported) {
        if (imported.accepted()) {
            trail.record(imported.actor(), AuditAction.CASE_IMPORT_COMPLETED,
                    AuditTarget.caseImport(imported.fileName()), imported.detail());
        } else {
            trail.recordAlone(imported.actor(), AuditAction.CASE_IMPORT_REJECTED,
                    AuditTarget.caseImport(imported.fileName()), imported.detail());
        }
    }
}
