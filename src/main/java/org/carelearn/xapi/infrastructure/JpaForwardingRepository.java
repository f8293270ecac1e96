package org.carelearn.xapi.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.carelearn.xapi.domain.forwarding.Forwarding;
import org.carelearn.xapi.domain.forwarding.ForwardingRepository;

/**
 * The forwarding row through JPA. The lock is JPA's pessimistic write lock, which EclipseLink turns into
 * the database's own form (on Derby {@code FOR UPDATE WITH RS}: an update lock that other readers pass;
 * on PostgreSQL {@code FOR UPDATE}).
 */
@ApplicationScoped
public class JpaForwardingRepository implements ForwardingRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Forwarding find() {
        return em.find(Forwarding.class, Forwarding.ONLY_ROW);
    }

    @Override
    public Forwarding lock() {
        return em.find(Forwarding.class, Forwarding.ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
    }
}
