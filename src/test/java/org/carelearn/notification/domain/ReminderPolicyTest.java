package org.carelearn.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static final ReminderPolicy POLICY = ReminderPolicy.DEFAULT;
    private static final LocalDate DUE = LocalDate.of(2026, 12, 16);

    @Test
    void remindsFourteenAndThreeDaysBeforeTheDueDate() {
        assertEquals(OptionalInt.empty(), POLICY.reminder(DUE, DUE.minusDays(15)));
        assertEquals(OptionalInt.of(14), POLICY.reminder(DUE, DUE.minusDays(14)));
        assertEquals(OptionalInt.of(14), POLICY.reminder(DUE, DUE.minusDays(4)));
        assertEquals(OptionalInt.of(3), POLICY.reminder(DUE, DUE.minusDays(3)));
        assertEquals(OptionalInt.of(3), POLICY.reminder(DUE, DUE));
        assertEquals(OptionalInt.empty(), POLICY.reminder(DUE, DUE.plusDays(1)), "overdue: no more reminders");
    }

    @Test
    void aLateRunSendsOnlyTheNearestReminder() {
        // the server was down from 14 days before until 2 days before: the 3-day reminder, not both
        assertEquals(OptionalInt.of(3), POLICY.reminder(DUE, DUE.minusDays(2)));
    }

    @Test
    void overdueFromTheDayAfterAndEscalatedAfterFourteenDays() {
        assertFalse(POLICY.overdue(DUE, DUE));
        assertTrue(POLICY.overdue(DUE, DUE.plusDays(1)));
        assertFalse(POLICY.escalates(DUE, DUE.plusDays(13)));
        assertTrue(POLICY.escalates(DUE, DUE.plusDays(14)));
    }

    @Test
    void dueSoonMeansWithinTwoWeeksAndNotOverdue() {
        assertTrue(POLICY.dueSoon(DUE, DUE.minusDays(14)));
        assertFalse(POLICY.dueSoon(DUE, DUE.minusDays(15)));
        assertFalse(POLICY.dueSoon(DUE, DUE.plusDays(1)));
    }

    @Test
    void theDigestOfAWeekGoesFromItsDigestDayOn() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertEquals(Optional.of("2026-W49"), POLICY.digestWeek(monday));
        assertEquals(Optional.of("2026-W49"), POLICY.digestWeek(monday.plusDays(3)), "a run later that week");
        ReminderPolicy wednesdays = new ReminderPolicy(POLICY.reminderDays(), 14, java.time.DayOfWeek.WEDNESDAY, 14);
        assertEquals(Optional.empty(), wednesdays.digestWeek(monday));
        assertEquals(Optional.of("2027-W01"), POLICY.digestWeek(LocalDate.of(2027, 1, 4)));
    }
}
