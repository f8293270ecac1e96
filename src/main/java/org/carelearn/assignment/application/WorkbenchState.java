package org.carelearn.assignment.application;

import java.time.LocalDate;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.learning.application.EnrolmentSnapshot;

/**
 * Where a person stands with one required course, as the manager's workbench shows and filters it. The one
 * place requirement states become workbench states; in the order of urgency, which is how "sort by state"
 * orders them.
 */
public enum WorkbenchState {
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    WAIVED("Waived"),
    COMPLETED("Completed"),
    /** A person of the line with nothing required of them: one row, so that the workbench lists everyone. */
    NONE_ASSIGNED("None assigned");

    /** Open training due from today up to this many days ahead is "due soon". */
    public static final int DUE_SOON_DAYS = 14;

    private final String label;

    WorkbenchState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /**
     * The state of a requirement today.
     *
     * @param enrolment the person's enrolment in the course that is not completed yet, or null
     */
    public static WorkbenchState of(Requirement requirement, EnrolmentSnapshot enrolment, LocalDate today) {
        return switch (requirement.state()) {
            case COMPLETED -> COMPLETED;
            case WAIVED -> WAIVED;
            // A locked course (a curriculum's unlock order) is not started and may still fall due.
            case OPEN, LOCKED -> open(requirement, enrolment, today);
        };
    }

    private static WorkbenchState open(Requirement requirement, EnrolmentSnapshot enrolment, LocalDate today) {
        if (requirement.isOverdue(today)) {
            return OVERDUE;
        }
        LocalDate due = requirement.dueOn();
        if (due != null && !due.isAfter(today.plusDays(DUE_SOON_DAYS))) {
            return DUE_SOON;
        }
        boolean started = enrolment != null && !enrolment.completed()
                && (enrolment.inProgress() || enrolment.progress() > 0);
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
