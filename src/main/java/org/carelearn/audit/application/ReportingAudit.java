package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.reporting.domain.ExperienceMeasureChanged;
import org.carelearn.reporting.domain.ExperienceScoresImported;
import org.carelearn.reporting.domain.ReadModelsRebuilt;
import org.carelearn.reporting.domain.ReportExported;
import org.carelearn.reporting.domain.SurveyPackUsed;

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

    /** An accepted file is recorded with what it wrote; a refused one, which wrote nothing, on its own. */
    void record(@Observes ExperienceScoresImported imported) {
        if (imported.accepted()) {
            trail.record(imported.actor(), AuditAction.PATIENT_EXPERIENCE_IMPORTED,
                    AuditTarget.patientExperienceImport(imported.fileName()), imported.detail());
        } else {
            trail.recordAlone(imported.actor(), AuditAction.PATIENT_EXPERIENCE_IMPORT_REFUSED,
                    AuditTarget.patientExperienceImport(imported.fileName()), imported.detail());
        }
    }

    void record(@Observes ExperienceMeasureChanged changed) {
        trail.record(changed.actor(), AuditAction.PATIENT_EXPERIENCE_MEASURE_CHANGED,
                AuditTarget.patientExperienceMeasure(changed.measure()), changed.detail());
    }

    /** A request is recorded with the pack it stores; a download, which stores nothing, on its own. */
    void record(@Observes SurveyPackUsed pack) {
        if (pack.downloaded()) {
            trail.recordAlone(pack.actor(), AuditAction.SURVEY_PACK_DOWNLOADED, AuditTarget.surveyPack(pack.packId()),
                    pack.detail());
        } else {
            trail.record(pack.actor(), AuditAction.SURVEY_PACK_REQUESTED, AuditTarget.surveyPack(pack.packId()),
                    pack.detail());
        }
    }
}
