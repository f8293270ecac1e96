package org.carelearn.assignment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.time.HospitalTime;

/** The learner's panel of the home page: how many courses are required of them, overdue, and what is due next. */
@Named
@RequestScoped
public class TrainingSummary {

    @Inject
    private Requirements requirements;

    @Inject
    private Catalog catalog;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private HospitalTime time;

    private List<Requirement> open;

    @PostConstruct
    void load() {
        String employeeId = currentPerson.employeeId();
        open = employeeId == null ? List.of()
                : requirements.of(employeeId).stream().filter(Requirement::isOutstanding).toList();
    }

    public long getRequired() {
        return open.size();
    }

    public long getOverdue() {
        LocalDate today = time.today();
        return open.stream().filter(r -> r.isOverdue(today)).count();
    }

    /** The required course due soonest, or null. */
    public NextDue getNextDue() {
        return open.stream().filter(r -> r.dueOn() != null).min(Comparator.comparing(Requirement::dueOn))
                .map(r -> new NextDue(catalog.course(r.courseIri()).map(CourseSummary::title).orElse(r.courseIri()),
                        r.dueOn()))
                .orElse(null);
    }

    /** A course and the day it is due. */
    public record NextDue(String courseTitle, LocalDate dueOn) {
    }
}
