package org.carelearn.assignment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.time.HospitalTime;

/**
 * The top of My learning: the learner's open enrolments split into the courses required of them (soonest due
 * first, with the rules that require them) and the ones they chose themselves.
 */
@Named
@RequestScoped
public class RequiredLearning {

    @Inject
    private Requirements requirements;

    @Inject
    private Enrolments enrolments;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private HospitalTime time;

    private List<RequiredCourse> required;
    private List<EnrolmentSnapshot> chosen;

    @PostConstruct
    void load() {
        String employeeId = currentPerson.employeeId();
        if (employeeId == null) {
            required = List.of();
            chosen = List.of();
            return;
        }
        Map<String, Requirement> open = requirements.of(employeeId).stream().filter(Requirement::isOpen)
                .collect(Collectors.toMap(Requirement::courseIri, Function.identity()));
        List<EnrolmentSnapshot> openEnrolments = enrolments.snapshotsOf(List.of(employeeId)).stream()
                .filter(e -> !e.completed()).sorted(Comparator.comparing(EnrolmentSnapshot::enrolledAt).reversed())
                .toList();
        required = openEnrolments.stream().filter(e -> open.containsKey(e.courseIri()))
                .map(e -> new RequiredCourse(e, open.get(e.courseIri())))
                .sorted(Comparator.comparing((RequiredCourse r) -> r.requirement().dueOn(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        chosen = openEnrolments.stream().filter(e -> !open.containsKey(e.courseIri())).toList();
    }

    public List<RequiredCourse> getRequired() {
        return required;
    }

    public List<EnrolmentSnapshot> getChosen() {
        return chosen;
    }

    public boolean overdue(RequiredCourse course) {
        return course.requirement().isOverdue(time.today());
    }

    /** An open enrolment and the requirement it answers. */
    public record RequiredCourse(EnrolmentSnapshot enrolment, Requirement requirement) {
    }
}
