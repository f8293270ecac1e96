package org.carelearn.casework.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.carelearn.platform.time.DateStyle;

/**
 * The CMS grievance clock of one grievance. The written response is due a number of calendar days after the
 * case became a grievance (7 by default: CMS State Operations Manual, Appendix A, interpretive guidelines for
 * 42 CFR 482.13(a)(2)(ii), tag A-0123, consider 7 days appropriate on average); when the investigation runs longer,
 * a follow-up notice tells the patient a new date, which the clock then runs to. A notice sent after the date it
 * replaced does not undo the lateness: the grievance was late on that day and stays marked so.
 *
 * @param since the day the case became a grievance
 * @param days the period in force when it did
 * @param notices the follow-up notices, oldest first
 * @param respondedOn the day of the first written response, or null while none was sent
 */
public record GrievanceClock(LocalDate since, int days, List<FollowUpNotice> notices, LocalDate respondedOn) {

    /** Days before the due date from which a grievance stands out as due soon. */
    public static final int SOON_DAYS = 2;

    /** What the clock says on a day. */
    public enum State {
        RUNNING("On time", "clock-running"),
        DUE_SOON("Due soon", "clock-soon"),
        LATE("Late", "clock-late"),
        ANSWERED("Answered on time", "clock-answered"),
        ANSWERED_LATE("Answered late", "clock-late");

        private final String label;
        private final String styleClass;

        State(String label, String styleClass) {
            this.label = label;
            this.styleClass = styleClass;
        }

        public String getLabel() {
            return label;
        }

        /** The colour a list gives it; the text says the same for those who do not see colour. */
        public String getStyleClass() {
            return styleClass;
        }
    }

    public GrievanceClock {
        Objects.requireNonNull(since, "since");
        notices = List.copyOf(notices);
    }

    /** The day the written response was first due, before any follow-up notice. */
    public LocalDate firstDueOn() {
        return since.plusDays(days);
    }

    /** The day the written response is due now: the latest follow-up notice's date, or the first due date. */
    public LocalDate dueOn() {
        return notices.isEmpty() ? firstDueOn() : notices.get(notices.size() - 1).getNewDueOn();
    }

    /** Whether a due date passed with neither a response nor a follow-up notice by then. */
    public boolean missedADate() {
        LocalDate due = firstDueOn();
        for (FollowUpNotice notice : notices) {
            if (notice.getSentOn().isAfter(due)) {
                return true;
            }
            due = notice.getNewDueOn();
        }
        return respondedOn != null && respondedOn.isAfter(due);
    }

    public State stateOn(LocalDate today) {
        if (respondedOn != null) {
            return missedADate() ? State.ANSWERED_LATE : State.ANSWERED;
        }
        if (today.isAfter(dueOn()) || missedADate()) {
            return State.LATE;
        }
        return ChronoUnit.DAYS.between(today, dueOn()) <= SOON_DAYS ? State.DUE_SOON : State.RUNNING;
    }

    /** The clock in words for that day, as lists show it beside its colour. */
    public String describe(LocalDate today) {
        State state = stateOn(today);
        LocalDate due = dueOn();
        long days = ChronoUnit.DAYS.between(today, due);
        return switch (state) {
            case ANSWERED, ANSWERED_LATE -> state.getLabel() + " (" + DateStyle.date(respondedOn) + ")";
            case LATE -> today.isAfter(due) ? "Late: response was due " + DateStyle.date(due) + ", "
                    + plural(-days, "day") + " ago" : "Late: a follow-up notice came after its date; now due "
                    + DateStyle.date(due);
            case DUE_SOON -> "Due soon: response due " + DateStyle.date(due)
                    + (days == 0 ? " (today)" : " (in " + plural(days, "day") + ")");
            case RUNNING -> "Response due " + DateStyle.date(due) + " (in " + plural(days, "day") + ")";
        };
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
