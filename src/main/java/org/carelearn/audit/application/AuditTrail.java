package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditEventRepository;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * The one way into the audit trail. {@link #record} joins the caller's transaction, so a change and its
 * audit event commit or roll back together; {@link #recordAlone} commits on its own, for events that
 * must survive a failure (a failed sign-in, a rejected import).
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    private AuditEventRepository events;

    @Inject
    private HospitalTime time;

    @Transactional(TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, AuditTarget target, String detail) {
        events.append(new AuditEvent(time.now(), actor.username(), action, target, detail, actor.remoteAddress()));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordAlone(Actor actor, AuditAction action, AuditTarget target, String detail) {
        record(actor, action, target, detail);
    }

    public List<AuditEvent> find(AuditFilter filter, int first, int max) {
        return events.find(filter, first, max);
    }

    public long count(AuditFilter filter) {
        return events.count(filter);
    }
}
