package org.carelearn.xapi.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.carelearn.xapi.domain.forwarding.HeldStatement;
import org.carelearn.xapi.domain.forwarding.HeldStatementRepository;

/** The held statements through JPA's named queries. */
@ApplicationScoped
public class JpaHeldStatementRepository implements HeldStatementRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public void add(HeldStatement held) {
        em.persist(held);
    }

    @Override
    public List<HeldStatement> list(int first, int max) {
        return em.createNamedQuery("HeldStatement.oldestFirst", HeldStatement.class).setFirstResult(first)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("HeldStatement.count", Long.class).getSingleResult();
    }

    @Override
    public Optional<HeldStatement> byStatementId(String statementId) {
        return em.createNamedQuery("HeldStatement.byStatementId", HeldStatement.class)
                .setParameter("statementId", statementId).getResultStream().findFirst();
    }

    @Override
    public void remove(HeldStatement held) {
        em.remove(held);
    }
}
