package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.config.FirstRunSetup;
import org.carelearn.platform.config.SettingChanged;

/** Puts an admin's change to the installation's settings in the audit trail, in the same transaction. */
@ApplicationScoped
public class SettingAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes SettingChanged change) {
        AuditAction action = FirstRunSetup.PUBLIC_URL.equals(change.name()) ? AuditAction.PUBLIC_ADDRESS_SET
                : AuditAction.SETTING_CHANGED;
        trail.record(change.actor(), action, AuditTarget.setting(change.name()),
                (change.oldValue() == null ? "(not set)" : change.oldValue()) + " -> " + change.newValue());
    }
}
