package org.carelearn.assignment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.Requirement;

/**
 * For pages that list someone's enrolments (the course page, the transcript, a manager's or an admin's view of
 * a person): whether each course is required of the person and by when. Each person's requirements are read
 * once per request.
 */
@Named
@RequestScoped
public class RequirementLines {

    @Inject
    private Requirements requirements;

    private final Map<String, List<Requirement>> byPerson = new HashMap<>();

    /** The person's requirement of the course, or null if it is not required of them. */
    public Requirement of(String employeeId, String courseIri) {
        if (employeeId == null) {
            return null;
        }
        return byPerson.computeIfAbsent(employeeId, requirements::of).stream()
                .filter(r -> r.courseIri().equals(courseIri)).findFirst().orElse(null);
    }

    /** "Required", "Waived" (required, but waived for now) or "Optional", as the enrolment line shows it. */
    public String label(String employeeId, String courseIri) {
        Requirement requirement = of(employeeId, courseIri);
        if (requirement == null) {
            return "Optional";
        }
        return requirement.isWaived() ? "Waived" : "Required";
    }

    /** The due date of an outstanding requirement of the course (neither completed nor waived), or null. */
    public LocalDate dueOn(String employeeId, String courseIri) {
        Requirement requirement = of(employeeId, courseIri);
        return requirement == null || !requirement.isOutstanding() ? null : requirement.dueOn();
    }
}
