package org.carelearn.xapi.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.carelearn.xapi.domain.client.LrsClient;
import org.carelearn.xapi.domain.client.LrsClientRepository;

@ApplicationScoped
public class JpaLrsClientRepository implements LrsClientRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Optional<LrsClient> findByKey(String key) {
        return em.createNamedQuery("LrsClient.findByKey", LrsClient.class).setParameter("key", key).getResultStream()
                .findFirst();
    }

    @Override
    public List<LrsClient> findAll() {
        return em.createNamedQuery("LrsClient.findAll", LrsClient.class).getResultList();
    }

    @Override
    public void add(LrsClient client) {
        em.persist(client);
    }
}
