package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.security.AccessForbidden;

/** Puts each 403 in the audit trail, in a transaction of its own: nothing else happened. */
@ApplicationScoped
public class AccessAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes AccessForbidden forbidden) {
        String path = forbidden.path().length() > 1000 ? forbidden.path().substring(0, 1000) : forbidden.path();
        // the trail's record id holds 64 characters; the whole path is in the detail
        String target = path.length() > 64 ? path.substring(0, 64) : path;
        trail.recordAlone(forbidden.actor(), AuditAction.PAGE_FORBIDDEN, AuditTarget.page(target),
                path + " refused to " + forbidden.actor().username() + ": not for their role");
    }
}
