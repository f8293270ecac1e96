package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.competency.domain.CompetencyRequirementChanged;
import org.carelearn.competency.domain.CompetencyRequirementChanged.Change;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Maps courses to the competencies they show and the level each shows on its own. The course must be in the
 * catalog, the competency in a published framework and the level on its scale; a refusal changes nothing.
 * Mapping the same course and competency again changes the level of the one mapping there is.
 */
@ApplicationScoped
public class CourseMappings {

    @Inject
    private FrameworkRepository repository;

    @Inject
    private Frameworks frameworks;

    @Inject
    private Catalog catalog;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CompetencyRequirementChanged> changed;

    @Transactional
    public CourseMappingView set(Actor actor, String courseIri, String competencyIdentifier, int level) {
        String iri = courseIri == null ? "" : courseIri.strip();
        CourseSummary course = catalog.course(iri)
                .orElseThrow(() -> new BusinessRuleException("There is no course " + iri + " in the catalog"));
        CompetencyEntry competency = frameworks.competency(competencyIdentifier).orElseThrow(
                () -> new BusinessRuleException("There is no competency " + competencyIdentifier
                        + " in a published framework"));
        competency.scale().level(level);
        Optional<CourseMapping> existing = repository.mappingsOfCourse(iri).stream()
                .filter(m -> m.getCompetencyIdentifier().equals(competency.identifier())).findFirst();
        CourseMapping mapping;
        if (existing.isPresent()) {
            mapping = existing.get();
            mapping.change(level, time.now(), actor.username());
        } else {
            mapping = new CourseMapping(iri, competency.identifier(), level, time.now(), actor.username());
            repository.add(mapping);
        }
        changed.fire(new CompetencyRequirementChanged(actor, Change.COURSE_MAPPING_SET, competency.identifier(),
                "\"" + course.title() + "\" shows " + competency.title() + " at " + competency.levelLabel(level)));
        return view(mapping, course.title(), competency);
    }

    @Transactional
    public void remove(Actor actor, long mappingId) {
        CourseMapping mapping = repository.mapping(mappingId)
                .orElseThrow(() -> new NotFoundException("There is no course mapping " + mappingId));
        repository.remove(mapping);
        changed.fire(new CompetencyRequirementChanged(actor, Change.COURSE_MAPPING_REMOVED,
                mapping.getCompetencyIdentifier(), "\"" + title(mapping.getCourseIri()) + "\" no longer shows "
                        + frameworks.competency(mapping.getCompetencyIdentifier()).map(CompetencyEntry::title)
                                .orElse(mapping.getCompetencyIdentifier()) + " (was level " + mapping.getLevelShown()
                        + ")"));
    }

    /** Every mapping, by course. */
    public List<CourseMappingView> list() {
        Map<String, CompetencyEntry> competencies = frameworks.competencies().stream()
                .collect(Collectors.toMap(CompetencyEntry::identifier, Function.identity(), (a, b) -> a));
        return repository.mappings().stream().map(m -> view(m, title(m.getCourseIri()),
                competencies.get(m.getCompetencyIdentifier()))).toList();
    }

    /** The courses that show a competency, the one showing the highest level first. */
    public List<CourseMappingView> coursesShowing(String competencyIdentifier) {
        CompetencyEntry competency = frameworks.competency(competencyIdentifier).orElse(null);
        return repository.mappingsOfCompetency(competencyIdentifier).stream()
                .map(m -> view(m, title(m.getCourseIri()), competency)).toList();
    }

    private String title(String courseIri) {
        return catalog.course(courseIri).map(CourseSummary::title).orElse(courseIri);
    }

    private static CourseMappingView view(CourseMapping m, String courseTitle, CompetencyEntry competency) {
        return new CourseMappingView(m.getId() == null ? 0 : m.getId(), m.getCourseIri(), courseTitle,
                m.getCompetencyIdentifier(), competency == null ? m.getCompetencyIdentifier() : competency.title(),
                m.getLevelShown(), competency == null ? "Level " + m.getLevelShown()
                        : competency.levelLabel(m.getLevelShown()));
    }
}
