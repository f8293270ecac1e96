package org.carelearn.competency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.Framework;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.FrameworkVersion;

/** Frameworks, versions, requirements and course mappings through JPA named queries. */
@ApplicationScoped
public class JpaFrameworkRepository implements FrameworkRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Optional<Framework> framework(String identifier) {
        return em.createNamedQuery("Framework.byIdentifier", Framework.class).setParameter("identifier", identifier)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Framework framework) {
        em.persist(framework);
    }

    @Override
    public void add(FrameworkVersion version) {
        em.persist(version);
    }

    @Override
    public Optional<FrameworkVersion> version(String frameworkIdentifier, int number) {
        return em.createNamedQuery("FrameworkVersion.byNumber", FrameworkVersion.class)
                .setParameter("identifier", frameworkIdentifier).setParameter("number", number).getResultStream()
                .findFirst();
    }

    @Override
    public List<FrameworkVersion> latestVersions() {
        return em.createNamedQuery("FrameworkVersion.latestOfEach", FrameworkVersion.class).getResultList();
    }

    @Override
    public List<Long> latestVersionIds() {
        return em.createNamedQuery("FrameworkVersion.latestIds", Long.class).getResultList();
    }

    @Override
    public List<FrameworkVersion> versions(String frameworkIdentifier) {
        return em.createNamedQuery("FrameworkVersion.ofFramework", FrameworkVersion.class)
                .setParameter("identifier", frameworkIdentifier).getResultList();
    }

    @Override
    public List<CompetencyRequirement> requirements() {
        return em.createNamedQuery("CompetencyRequirement.all", CompetencyRequirement.class).getResultList();
    }

    @Override
    public Optional<CompetencyRequirement> requirement(long id) {
        return Optional.ofNullable(em.find(CompetencyRequirement.class, id));
    }

    @Override
    public void add(CompetencyRequirement requirement) {
        em.persist(requirement);
    }

    @Override
    public void remove(CompetencyRequirement requirement) {
        em.remove(requirement);
    }

    @Override
    public List<CourseMapping> mappings() {
        return em.createNamedQuery("CourseMapping.all", CourseMapping.class).getResultList();
    }

    @Override
    public List<CourseMapping> mappingsOfCourse(String courseIri) {
        return em.createNamedQuery("CourseMapping.ofCourse", CourseMapping.class).setParameter("courseIri", courseIri)
                .getResultList();
    }

    @Override
    public List<CourseMapping> mappingsOfCompetency(String competencyIdentifier) {
        return em.createNamedQuery("CourseMapping.ofCompetency", CourseMapping.class)
                .setParameter("competency", competencyIdentifier).getResultList();
    }

    @Override
    public Optional<CourseMapping> mapping(long id) {
        return Optional.ofNullable(em.find(CourseMapping.class, id));
    }

    @Override
    public void add(CourseMapping mapping) {
        em.persist(mapping);
    }

    @Override
    public void remove(CourseMapping mapping) {
        em.remove(mapping);
    }
}
