package org.carelearn.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.casework.application.CompetencyLookup;
import org.carelearn.competency.application.CompetencyStatuses;
import org.carelearn.competency.application.CourseMappings;
import org.carelearn.competency.application.validation.RequestView;
import org.carelearn.competency.application.validation.ValidationRequests;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;

/** Answers casework's questions through competency's application services, in casework's records, at the edge. */
@ApplicationScoped
public class CompetencyServiceLookup implements CompetencyLookup {

    @Inject
    private CompetencyStatuses statuses;

    @Inject
    private CourseMappings mappings;

    @Inject
    private ValidationRequests requests;

    @Override
    public List<Competency> competencies() {
        return statuses.competencies().stream().map(c -> new Competency(c.identifier(), c.code(), c.title()))
                .toList();
    }

    @Override
    public Map<String, Map<String, Standing>> standings(Collection<String> employeeIds,
            Collection<String> competencyIdentifiers) {
        Map<String, Map<String, Standing>> result = new LinkedHashMap<>();
        statuses.of(employeeIds, competencyIdentifiers).forEach((id, held) -> {
            Map<String, Standing> mine = new LinkedHashMap<>();
            held.forEach((c, h) -> mine.put(c, new Standing(c, h.title(), h.statusLabel(), h.holds())));
            result.put(id, mine);
        });
        return result;
    }

    @Override
    public List<Course> coursesShowingAny() {
        Map<String, Course> courses = new LinkedHashMap<>();
        mappings.list().forEach(m -> courses.putIfAbsent(m.courseIri(), new Course(m.courseIri(), m.courseTitle())));
        return courses.values().stream().sorted(java.util.Comparator.comparing(Course::title)).toList();
    }

    @Override
    public List<Course> coursesShowing(String competencyIdentifier) {
        return mappings.coursesShowing(competencyIdentifier).stream()
                .map(m -> new Course(m.courseIri(), m.courseTitle())).toList();
    }

    @Override
    public long requestValidation(Actor actor, SignedInPerson by, String employeeId, String competencyIdentifier,
            String note) {
        return requests.request(actor, by, employeeId, competencyIdentifier, note);
    }

    @Override
    public List<String> validatorOf(String employeeId) {
        return requests.approvedFor(employeeId);
    }

    @Override
    public long validateInCase(Actor actor, SignedInPerson validator, String employeeId, String competencyIdentifier,
            String caseIri) {
        return requests.requestInContext(actor, validator, employeeId, competencyIdentifier, caseIri,
                "Observed from inside a case");
    }

    @Override
    public Optional<String> validationState(String employeeId, long requestId) {
        return requests.of(employeeId).stream().filter(r -> r.id() == requestId).findFirst()
                .map(RequestView::stateLabel);
    }
}
