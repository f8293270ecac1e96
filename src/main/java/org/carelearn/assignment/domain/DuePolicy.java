package org.carelearn.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.DateStyle;

/**
 * When a rule's training is due for one person: on a fixed date, N days after hire, or N days after the
 * requirement reached them. Days after hire count from the later of the hire date and the day the rule
 * reached the person, so a rule written for new starters does not make long-serving staff overdue the moment
 * it reaches them.
 */
@Embeddable
public class DuePolicy {

    /** Longer than any sensible training deadline; a larger number is a typing slip. */
    static final int MAX_DAYS = 3660;

    @Enumerated(EnumType.STRING)
    @Column(name = "DUE_KIND", nullable = false, length = 32)
    private DueKind kind;

    @Column(name = "DUE_DATE")
    private LocalDate date;

    @Column(name = "DUE_DAYS")
    private Integer days;

    protected DuePolicy() {
    }

    private DuePolicy(DueKind kind, LocalDate date, Integer days) {
        this.kind = kind;
        this.date = date;
        this.days = days;
    }

    public static DuePolicy none() {
        return new DuePolicy(DueKind.NONE, null, null);
    }

    /** A fixed date, which must not be past on the day the rule is made ({@link #requireNotPast}). */
    public static DuePolicy on(LocalDate date) {
        if (date == null) {
            throw new BusinessRuleException("Give the date the training is due");
        }
        return new DuePolicy(DueKind.FIXED_DATE, date, null);
    }

    public static DuePolicy daysAfterHire(int days) {
        return new DuePolicy(DueKind.DAYS_AFTER_HIRE, null, checked(days));
    }

    public static DuePolicy daysAfterAssigned(int days) {
        return new DuePolicy(DueKind.DAYS_AFTER_ASSIGNED, null, checked(days));
    }

    /** A policy from what a form or an API sent. */
    public static DuePolicy of(DueKind kind, LocalDate date, Integer days) {
        if (kind == null || kind == DueKind.NONE) {
            return none();
        }
        if (kind == DueKind.FIXED_DATE) {
            return on(date);
        }
        if (days == null) {
            throw new BusinessRuleException("Give the number of days until the training is due");
        }
        return kind == DueKind.DAYS_AFTER_HIRE ? daysAfterHire(days) : daysAfterAssigned(days);
    }

    private static int checked(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new BusinessRuleException("The number of days until the training is due must be between 0 and "
                    + MAX_DAYS + ", not " + days);
        }
        return days;
    }

    /** A new rule may not be due in the past: nobody could meet it. */
    public void requireNotPast(LocalDate today) {
        if (kind == DueKind.FIXED_DATE && date.isBefore(today)) {
            throw new BusinessRuleException("The due date " + date.format(DateTimeFormatter.ISO_LOCAL_DATE)
                    + " is already past; choose today or a later day");
        }
    }

    /** The day the training is due for this person, reached by the rule on that day; null for no due date. */
    public LocalDate dueFor(Person person, LocalDate reachedOn) {
        return switch (kind) {
            case NONE -> null;
            case FIXED_DATE -> date;
            case DAYS_AFTER_ASSIGNED -> reachedOn.plusDays(days);
            case DAYS_AFTER_HIRE -> (person.hireDate() == null || person.hireDate().isBefore(reachedOn)
                    ? reachedOn : person.hireDate()).plusDays(days);
        };
    }

    /** "due May 1, 2026", "due 30 days after hire", for lists and the audit trail (dates in CareLearn's style). */
    public String describe() {
        return switch (kind) {
            case NONE -> "no due date";
            case FIXED_DATE -> "due " + DateStyle.date(date);
            case DAYS_AFTER_HIRE -> "due " + days + " days after hire";
            case DAYS_AFTER_ASSIGNED -> "due " + days + " days after it is assigned";
        };
    }

    public DueKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public Integer getDays() {
        return days;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DuePolicy p && kind == p.kind && Objects.equals(date, p.date)
                && Objects.equals(days, p.days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date, days);
    }
}
