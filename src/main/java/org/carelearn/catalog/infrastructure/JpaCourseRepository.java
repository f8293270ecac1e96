package org.carelearn.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.carelearn.catalog.domain.Course;
import org.carelearn.catalog.domain.CourseRepository;
import org.carelearn.catalog.domain.CourseVersion;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Optional<Course> findByIri(String iri) {
        return em.createNamedQuery("Course.findByIri", Course.class).setParameter("iri", iri).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Course> findByIriForUpdate(String iri) {
        return em.createNamedQuery("Course.findByIri", Course.class).setParameter("iri", iri)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(Course course) {
        em.persist(course);
    }

    @Override
    public void addVersion(CourseVersion version) {
        em.persist(version);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<CourseVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(CourseVersion.class, versionId));
    }

    @Override
    public List<CourseVersion> latestVersions() {
        return em.createNamedQuery("CourseVersion.findLatestOfAll", CourseVersion.class).getResultList();
    }

    @Override
    public List<Course> all() {
        return em.createNamedQuery("Course.findAll", Course.class).getResultList();
    }

    @Override
    public List<CourseVersion> versions(String courseIri) {
        return em.createNamedQuery("CourseVersion.findByCourse", CourseVersion.class).setParameter("iri", courseIri)
                .getResultList();
    }
}
