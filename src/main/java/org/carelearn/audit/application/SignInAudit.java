package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.staff.domain.SignInActivity;

/**
 * Puts sign-ins, failed and refused ones and sign-outs in the audit trail. Observed synchronously, in the
 * transaction that counted the attempt: a failure is counted against the account and written here together.
 */
@ApplicationScoped
public class SignInAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes SignInActivity activity) {
        AuditAction action = switch (activity.kind()) {
            case SIGNED_IN -> AuditAction.SIGN_IN;
            case FAILED -> AuditAction.SIGN_IN_FAILED;
            case LOCKED -> AuditAction.SIGN_IN_LOCKED;
            case THROTTLED -> AuditAction.SIGN_IN_THROTTLED;
            case SIGNED_OUT -> AuditAction.SIGN_OUT;
        };
        trail.record(activity.actor(), action,
                activity.username() == null ? null : AuditTarget.account(activity.username()), activity.detail());
    }
}
