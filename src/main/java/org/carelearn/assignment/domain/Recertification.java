package org.carelearn.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;

/**
 * Training that must be taken again every N months after the last completion. The next round opens a window
 * of days before it is due, counting the due day itself: "every 12 months, window 60 days" after a completion
 * on 2026-03-01 is due 2027-03-01 and opens on 2027-01-01, the 60th day before it counting both ends.
 */
@Embeddable
public class Recertification {

    @Column(name = "RECERT_MONTHS")
    private Integer months;

    @Column(name = "RECERT_WINDOW_DAYS")
    private Integer windowDays;

    protected Recertification() {
    }

    public Recertification(int months, int windowDays) {
        if (months < 1 || months > 120) {
            throw new BusinessRuleException("Recertification must come every 1 to 120 months, not every " + months);
        }
        long shortest = ChronoUnit.DAYS.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1).plusMonths(months));
        if (windowDays < 1 || windowDays > shortest) {
            throw new BusinessRuleException("The window before recertification is due must be between 1 and "
                    + shortest + " days for every " + months + " months, not " + windowDays);
        }
        this.months = months;
        this.windowDays = windowDays;
    }

    /** The round after a completion on that day. */
    public Round after(LocalDate completedOn) {
        LocalDate dueOn = completedOn.plusMonths(months);
        return new Round(dueOn.minusDays(windowDays - 1L), dueOn);
    }

    public int getMonths() {
        return months;
    }

    public int getWindowDays() {
        return windowDays;
    }

    /** "every 12 months, opening 60 days before". */
    public String describe() {
        return "every " + months + " months, opening " + windowDays + " days before";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recertification r && Objects.equals(months, r.months)
                && Objects.equals(windowDays, r.windowDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(months, windowDays);
    }
}
