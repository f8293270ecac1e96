package org.carelearn.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.Requirement;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.time.HospitalTime;

/** The learner's panel of the home page: what is required of them and what is due next. */
@Named
@RequestScoped
public class LearningSummary {

    @Inject
    private Enrolments enrolments;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private HospitalTime time;

    private List<Enrolment> open;

    @PostConstruct
    void load() {
        open = currentPerson.get().isPresent() ? enrolments.enrolmentsOf(currentPerson.employeeId()).stream()
                .filter(e -> !e.isCompleted()).toList() : List.of();
    }

    public long getRequired() {
        return open.stream().filter(e -> e.getRequirement() == Requirement.REQUIRED).count();
    }

    public long getOverdue() {
        return open.stream().filter(e -> e.isOverdue(time.today())).count();
    }

    public long getInProgress() {
        return open.size();
    }

    /** The required course due soonest, or null. */
    public Enrolment getNextDue() {
        return open.stream().filter(e -> e.getDueOn() != null).min(Comparator.comparing(Enrolment::getDueOn))
                .orElse(null);
    }
}
