package org.carelearn.staff.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.carelearn.staff.domain.JobRole;
import org.carelearn.staff.domain.JobRoleRepository;

@ApplicationScoped
public class JpaJobRoleRepository implements JobRoleRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public List<JobRole> findAll() {
        return em.createNamedQuery("JobRole.findAll", JobRole.class).getResultList();
    }

    @Override
    public Optional<JobRole> findByCode(String code) {
        return em.createNamedQuery("JobRole.findByCode", JobRole.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public void add(JobRole jobRole) {
        em.persist(jobRole);
    }
}
