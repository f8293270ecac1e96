package org.carelearn.staff.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.carelearn.staff.domain.Department;
import org.carelearn.staff.domain.DepartmentRepository;

@ApplicationScoped
public class JpaDepartmentRepository implements DepartmentRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public List<Department> findAll() {
        return em.createNamedQuery("Department.findAll", Department.class).getResultList();
    }

    @Override
    public Optional<Department> findByCode(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Department department) {
        em.persist(department);
    }
}
