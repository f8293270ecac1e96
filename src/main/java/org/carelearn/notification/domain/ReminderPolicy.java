package org.carelearn.notification.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When each message is due, in the hospital's calendar.
 *
 * @param reminderDays days before the due date on which the person is reminded (by default 14 and 3); a run
 *        that reaches a person late (the server was down) sends only the nearest reminder, never two at once
 * @param escalateAfterDays days overdue after which the manager's manager is told (by default 14)
 * @param digestDay the weekday managers' digests go out (a run later that week still sends that week's one)
 * @param dueSoonDays how far ahead a digest counts a course as due soon (14)
 */
public record ReminderPolicy(List<Integer> reminderDays, int escalateAfterDays, DayOfWeek digestDay,
        int dueSoonDays) {

    public static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(14, 3), 14, DayOfWeek.MONDAY, 14);

    public ReminderPolicy {
        if (reminderDays.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("Reminder days must not be negative: " + reminderDays);
        }
        if (escalateAfterDays < 1 || dueSoonDays < 0) {
            throw new IllegalArgumentException("Escalation needs at least one day overdue");
        }
        reminderDays = reminderDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * Which reminder is due today for a course due on {@code dueOn}: the smallest number of days before the due
     * date that today has reached; empty before the first reminder and once the course is overdue.
     */
    public OptionalInt reminder(LocalDate dueOn, LocalDate today) {
        if (today.isAfter(dueOn)) {
            return OptionalInt.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        return reminderDays.stream().mapToInt(Integer::intValue).filter(d -> daysLeft <= d).min();
    }

    /** Overdue: not completed by the end of its due date. */
    public boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Overdue for {@link #escalateAfterDays} days or more. */
    public boolean escalates(LocalDate dueOn, LocalDate today) {
        return !today.isBefore(dueOn.plusDays(escalateAfterDays));
    }

    /** Due within {@link #dueSoonDays} days, today included, and not yet overdue. */
    public boolean dueSoon(LocalDate dueOn, LocalDate today) {
        return !today.isAfter(dueOn) && ChronoUnit.DAYS.between(today, dueOn) <= dueSoonDays;
    }

    /** The ISO week ("2026-W49") whose digest goes out today, or empty before this week's digest day. */
    public Optional<String> digestWeek(LocalDate today) {
        if (today.getDayOfWeek().compareTo(digestDay) < 0) {
            return Optional.empty();
        }
        return Optional.of(String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }
}
