package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.xapi.domain.LrsAdministered;

/**
 * Puts the LRS's administrative changes (who may read or write learning records, where they are
 * forwarded) in the audit trail. The LRS only announces them; it knows nothing of the trail.
 */
@ApplicationScoped
public class LrsAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes LrsAdministered change) {
        switch (change.change()) {
            case CLIENT_CREATED -> trail.record(change.actor(), AuditAction.LRS_CLIENT_CREATED,
                    AuditTarget.lrsClient(change.subject()), change.detail());
            case CLIENT_REVOKED -> trail.record(change.actor(), AuditAction.LRS_CLIENT_REVOKED,
                    AuditTarget.lrsClient(change.subject()), change.detail());
            case FORWARDING_CONFIGURED -> trail.record(change.actor(), AuditAction.LRS_FORWARDING_CONFIGURED,
                    AuditTarget.lrsForwarding(change.subject()), change.detail());
            case HELD_STATEMENT_RETRIED -> trail.record(change.actor(), AuditAction.LRS_HELD_STATEMENT_RETRIED,
                    AuditTarget.lrsForwarding(change.subject()), change.detail());
            case HELD_STATEMENT_RELEASED -> trail.record(change.actor(), AuditAction.LRS_HELD_STATEMENT_RELEASED,
                    AuditTarget.lrsForwarding(change.subject()), change.detail());
        }
    }
}
