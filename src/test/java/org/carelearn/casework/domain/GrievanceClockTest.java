package org.carelearn.casework.domain;

import static org.carelearn.casework.domain.SampleCases.AT;
import static org.carelearn.casework.domain.SampleCases.LIAISON;
import static org.carelearn.casework.domain.SampleCases.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.carelearn.casework.domain.GrievanceClock.State;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The CMS grievance clock on fixed days: due, a follow-up notice with a new date, late. */
class GrievanceClockTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private static LocalDate day(String iso) {
        return LocalDate.now(Clock.fixed(java.time.Instant.parse(iso + "T16:00:00Z"), ZONE));
    }

    @Test
    void aWrittenGrievanceIsDueSevenDaysAfterItWasReceived() {
        GrievanceClock clock = SampleCases.grievance().clock().orElseThrow();
        assertEquals(MONDAY.plusDays(7), clock.dueOn());
        assertEquals(State.RUNNING, clock.stateOn(day("2026-03-03")));
        assertEquals("Response due Mar 9, 2026 (in 6 days)", clock.describe(day("2026-03-03")));
    }

    @Test
    void theConfiguredPeriodIsKeptWithTheGrievance() {
        CaseRecord c = CaseRecord.receive(SampleCases.letter(), MONDAY, 10, AT, LIAISON);
        assertEquals(MONDAY.plusDays(10), c.clock().orElseThrow().dueOn());
    }

    @Test
    void twoDaysBeforeTheDateItIsDueSoonAndTheDayAfterItIsLate() {
        GrievanceClock clock = SampleCases.grievance().clock().orElseThrow();
        assertEquals(State.RUNNING, clock.stateOn(day("2026-03-06")));
        assertEquals(State.DUE_SOON, clock.stateOn(day("2026-03-07")));
        assertEquals(State.DUE_SOON, clock.stateOn(day("2026-03-09")));
        assertEquals("Due soon: response due Mar 9, 2026 (today)", clock.describe(day("2026-03-09")));
        assertEquals(State.LATE, clock.stateOn(day("2026-03-10")));
        assertEquals("Late: response was due Mar 9, 2026, 3 days ago", clock.describe(day("2026-03-12")));
    }

    @Test
    void aFollowUpNoticeSentInTimeMovesTheDateAndTheGrievanceIsNotLate() {
        CaseRecord c = SampleCases.grievance();
        c.acknowledge(AT, LIAISON);
        c.startInvestigation(AT, LIAISON);
        c.recordFollowUpNotice(day("2026-03-08"), day("2026-03-20"), day("2026-03-08"), AT, LIAISON);
        GrievanceClock clock = c.clock().orElseThrow();
        assertEquals(day("2026-03-20"), clock.dueOn());
        assertEquals(State.RUNNING, clock.stateOn(day("2026-03-12")));
        assertFalse(clock.missedADate());
        c.respond(SampleCases.fullResponse(day("2026-03-19")), day("2026-03-19"), AT, LIAISON);
        assertEquals(State.ANSWERED, c.clock().orElseThrow().stateOn(day("2026-03-25")));
    }

    @Test
    void aNoticeSentAfterTheDateItReplacesLeavesTheGrievanceMarkedLate() {
        CaseRecord c = SampleCases.grievance();
        c.recordFollowUpNotice(day("2026-03-11"), day("2026-03-20"), day("2026-03-11"), AT, LIAISON);
        GrievanceClock clock = c.clock().orElseThrow();
        assertTrue(clock.missedADate());
        assertEquals(State.LATE, clock.stateOn(day("2026-03-12")));
        c.respond(SampleCases.fullResponse(day("2026-03-13")), day("2026-03-13"), AT, LIAISON);
        assertEquals(State.ANSWERED_LATE, c.clock().orElseThrow().stateOn(day("2026-03-13")));
    }

    @Test
    void aResponseAfterTheDueDateIsAnsweredLate() {
        CaseRecord c = SampleCases.grievance();
        c.respond(SampleCases.fullResponse(day("2026-03-10")), day("2026-03-10"), AT, LIAISON);
        assertEquals(State.ANSWERED_LATE, c.clock().orElseThrow().stateOn(day("2026-03-10")));
    }

    @Test
    void aNoticeMustMoveTheDateLater() {
        CaseRecord c = SampleCases.grievance();
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> c.recordFollowUpNotice(day("2026-03-05"), day("2026-03-09"), day("2026-03-05"), AT, LIAISON));
        assertTrue(e.getMessage().contains("after the current due date (Mar 9, 2026)"), e.getMessage());
        assertTrue(c.getNotices().isEmpty());
    }

    @Test
    void aComplaintHasNoClockUntilItBecomesAGrievance() {
        CaseRecord c = SampleCases.complaint();
        assertTrue(c.clock().isEmpty());
        assertThrows(BusinessRuleException.class,
                () -> c.recordFollowUpNotice(MONDAY, MONDAY.plusDays(10), MONDAY, AT, LIAISON));
        c.becomeGrievance("Could not be resolved on the ward; needs a look at the care plan", day("2026-03-04"), 7,
                AT, LIAISON);
        assertEquals(day("2026-03-11"), c.clock().orElseThrow().dueOn());
    }
}
