package org.carelearn.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.carelearn.catalog.domain.ContentGrant;
import org.carelearn.catalog.domain.ContentGrantRepository;

@ApplicationScoped
public class JpaContentGrantRepository implements ContentGrantRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public void add(ContentGrant grant) {
        em.persist(grant);
    }

    @Override
    public Optional<ContentGrant> findByTokenDigest(String digest) {
        return em.createNamedQuery("ContentGrant.findByTokenDigest", ContentGrant.class).setParameter("digest", digest)
                .getResultStream().findFirst();
    }

    @Override
    public List<ContentGrant> findByHolder(String holder) {
        return em.createNamedQuery("ContentGrant.findByHolder", ContentGrant.class).setParameter("holder", holder)
                .getResultList();
    }

    @Override
    public int deleteExpiredBefore(Instant before) {
        return em.createNamedQuery("ContentGrant.deleteExpiredBefore").setParameter("before", before).executeUpdate();
    }
}
