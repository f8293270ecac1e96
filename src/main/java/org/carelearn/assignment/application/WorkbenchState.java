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
        return onDay(standing(requirement, enrolment), requirement.dueOn(), today);
    }

    /**
     * Where a person stands with a requirement apart from the calendar: {@link #COMPLETED}, {@link #WAIVED}, or,
     * for open training, {@link #IN_PROGRESS} or {@link #NOT_STARTED}. The workbench's read model stores this;
     * {@link #onDay} (and, in the database, {@link #sqlCase}) make open training Overdue or Due soon.
     */
    public static WorkbenchState standing(Requirement requirement, EnrolmentSnapshot enrolment) {
        return switch (requirement.state()) {
            case COMPLETED -> COMPLETED;
            case WAIVED -> WAIVED;
            // A locked course (a curriculum's unlock order) is not started and may still fall due.
            case OPEN, LOCKED -> enrolment != null && !enrolment.completed()
                    && (enrolment.inProgress() || enrolment.progress() > 0) ? IN_PROGRESS : NOT_STARTED;
        };
    }

    /**
     * The state on {@code today} of training that stands so: open training (not started or in progress) is
     * Overdue once its due day has passed and Due soon from {@link #DUE_SOON_DAYS} days before it.
     */
    public static WorkbenchState onDay(WorkbenchState standing, LocalDate dueOn, LocalDate today) {
        if (!standing.isOpen() || dueOn == null) {
            return standing;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? standing : DUE_SOON;
    }

    /** Open training, which the calendar can make Overdue or Due soon. */
    boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /**
     * {@link #onDay} as an SQL expression over a read model's columns, for the database to filter and order by:
     * a CASE that yields the state's name. Made from the same constants as {@code onDay}
     * (WorkbenchStateSqlTest checks the two agree on every state and every side of both limits). The days are
     * JDBC date escapes ({@code {d 'yyyy-mm-dd'}}, JDBC 4.3 section 13.4.2), which the Derby and PostgreSQL
     * drivers both translate; they come from a {@link LocalDate}, never from anyone's input.
     */
    public static String sqlCase(String standingColumn, String dueColumn, LocalDate today) {
        String open = "(" + standingColumn + " IN ('" + NOT_STARTED.name() + "', '" + IN_PROGRESS.name() + "') AND "
                + dueColumn + " IS NOT NULL)";
        return "CASE WHEN " + open + " AND " + dueColumn + " < " + sqlDate(today) + " THEN '" + OVERDUE.name()
                + "' WHEN " + open + " AND " + dueColumn + " <= " + sqlDate(today.plusDays(DUE_SOON_DAYS))
                + " THEN '" + DUE_SOON.name() + "' ELSE " + standingColumn + " END";
    }

    /** The urgency of a state (its place in this enum) as SQL over the state's name: for "sort by state". */
    public static String sqlUrgency(String stateExpression) {
        StringBuilder sql = new StringBuilder("CASE ").append(stateExpression);
        for (WorkbenchState state : values()) {
            sql.append(" WHEN '").append(state.name()).append("' THEN ").append(state.ordinal());
        }
        return sql.append(" END").toString();
    }

    private static String sqlDate(LocalDate day) {
        return "{d '" + day + "'}";
    }
}
