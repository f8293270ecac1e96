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
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.web.CurrentUser;

/** The learner's panel of the home page: what is required of them and what is due next. */
@Named
@RequestScoped
public class LearningSummary {

    @Inject
    private Enrolments enrolments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private HospitalTime time;

    private List<Enrolment> open;

    @PostConstruct
    void load() {
        open = currentUser.isKnown() ? enrolments.enrolmentsOf(currentUser.getEmployeeId()).stream()
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
