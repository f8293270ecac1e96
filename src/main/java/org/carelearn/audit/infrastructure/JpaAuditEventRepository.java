package org.carelearn.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditEventRepository;
import org.carelearn.audit.domain.AuditEvent_;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.platform.persistence.LikePatterns;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.where(matching(cb, event, filter))
                .orderBy(cb.desc(event.get(AuditEvent_.occurredAt)), cb.desc(event.get(AuditEvent_.id)));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(matching(cb, event, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (hasText(filter.actor())) {
            where.add(cb.like(cb.lower(event.get(AuditEvent_.actor)), LikePatterns.startsWith(filter.actor()), LikePatterns.ESCAPE));
        }
        if (filter.action() != null) {
            where.add(cb.equal(event.get(AuditEvent_.action), filter.action()));
        }
        if (hasText(filter.targetType())) {
            where.add(cb.equal(event.get(AuditEvent_.targetType), filter.targetType()));
        }
        if (hasText(filter.targetId())) {
            where.add(cb.like(cb.lower(event.get(AuditEvent_.targetId)), LikePatterns.startsWith(filter.targetId()), LikePatterns.ESCAPE));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get(AuditEvent_.occurredAt), filter.from()));
        }
        if (filter.until() != null) {
            where.add(cb.lessThan(event.get(AuditEvent_.occurredAt), filter.until()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
