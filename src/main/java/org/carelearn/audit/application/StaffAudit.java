package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.staff.domain.AccountChanged;
import org.carelearn.staff.domain.HrFeedImported;
import org.carelearn.staff.domain.HrFeedRefused;
import org.carelearn.staff.domain.OrganisationChanged;
import org.carelearn.staff.domain.StaffMemberChanged;

/**
 * Puts every change to staff, accounts, departments and job roles in the audit trail, in the transaction that
 * makes it, so the two commit or roll back together. A refused HR feed is the exception: nothing of it is
 * kept but the refusal, which is written in a transaction of its own.
 */
@ApplicationScoped
public class StaffAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes StaffMemberChanged change) {
        AuditAction action = switch (change.change()) {
            case ADDED -> AuditAction.STAFF_CREATED;
            case UPDATED -> AuditAction.STAFF_UPDATED;
            case DEACTIVATED -> AuditAction.STAFF_DEACTIVATED;
            case REACTIVATED -> AuditAction.STAFF_REACTIVATED;
        };
        trail.record(change.actor(), action, AuditTarget.staffMember(change.employeeId()), change.detail());
    }

    void record(@Observes AccountChanged change) {
        AuditAction action = switch (change.change()) {
            case CREATED -> AuditAction.ACCOUNT_CREATED;
            case ROLES_CHANGED -> AuditAction.ACCOUNT_UPDATED;
            case PASSWORD_CHANGED -> AuditAction.PASSWORD_CHANGED;
            case TEMPORARY_PASSWORD_ISSUED -> AuditAction.TEMPORARY_PASSWORD_ISSUED;
            case UNLOCKED -> AuditAction.ACCOUNT_UNLOCKED;
            case DEACTIVATED -> AuditAction.ACCOUNT_DEACTIVATED;
            case REACTIVATED -> AuditAction.ACCOUNT_REACTIVATED;
        };
        trail.record(change.actor(), action, AuditTarget.account(change.username()), change.detail());
    }

    void record(@Observes OrganisationChanged change) {
        boolean department = change.unit() == OrganisationChanged.Unit.DEPARTMENT;
        AuditAction action = switch (change.change()) {
            case ADDED -> department ? AuditAction.DEPARTMENT_CREATED : AuditAction.JOB_ROLE_CREATED;
            case UPDATED -> department ? AuditAction.DEPARTMENT_UPDATED : AuditAction.JOB_ROLE_UPDATED;
            case DEACTIVATED -> department ? AuditAction.DEPARTMENT_DEACTIVATED : AuditAction.JOB_ROLE_DEACTIVATED;
            case REACTIVATED -> department ? AuditAction.DEPARTMENT_REACTIVATED : AuditAction.JOB_ROLE_REACTIVATED;
        };
        trail.record(change.actor(), action,
                department ? AuditTarget.department(change.code()) : AuditTarget.jobRole(change.code()),
                change.detail());
    }

    void record(@Observes HrFeedImported imported) {
        trail.record(imported.actor(), AuditAction.HR_IMPORT_COMPLETED, AuditTarget.hrImport(imported.fileName()),
                imported.summary());
    }

    void record(@Observes HrFeedRefused refused) {
        trail.recordAlone(refused.actor(), AuditAction.HR_IMPORT_REJECTED, AuditTarget.hrImport(refused.fileName()),
                refused.reason());
    }
}
