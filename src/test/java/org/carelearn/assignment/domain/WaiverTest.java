package org.carelearn.assignment.domain;

import static org.carelearn.assignment.domain.Fixtures.ANA;
import static org.carelearn.assignment.domain.Fixtures.EMPATHY;
import static org.carelearn.assignment.domain.Fixtures.NOW;
import static org.carelearn.assignment.domain.Fixtures.TODAY;
import static org.carelearn.assignment.domain.Fixtures.TRAUMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Waivers on a fixed clock (2026-06-15): what they refuse, and how a waived requirement stands as days pass. */
class WaiverTest {

    private static final AssignmentRule CORE = Fixtures.rule(1, "Core", EMPATHY, Target.jobRole("ONC-RN"),
            DuePolicy.daysAfterAssigned(30), null);
    private static final AssignmentRule ANNUAL = Fixtures.rule(2, "Annual refresher", EMPATHY,
            Target.jobRole("ONC-RN"), DuePolicy.daysAfterAssigned(30), new Recertification(12, 60));

    private static Claim claim(AssignmentRule rule, String course, LocalDate reachedOn) {
        return new Claim(rule, new Assignment(rule.getId(), ANA.employeeId(), course, reachedOn,
                rule.dueFor(ANA, reachedOn)));
    }

    private static Waiver waiver(String course, LocalDate endsOn) {
        return Fixtures.withId(Waiver.grant(ANA.employeeId(), course, "  On long-term leave  ", endsOn, TODAY, NOW,
                "manager"), 7L);
    }

    private static Requirement on(LocalDate day, Claim claim, Map<String, LocalDate> completions, Waiver... waivers) {
        return Requirement.of(ANA.employeeId(), List.of(claim), completions, List.of(waivers), day).get(0);
    }

    @Test
    void aWaiverNeedsAReasonOfAtMost500CharactersAndAnEndDateNotPast() {
        assertEquals("Give the reason for the waiver: it is kept with it and shown to the person's manager",
                refused(() -> Waiver.grant("LR3002", EMPATHY, " ", TODAY, TODAY, NOW, "manager")));
        assertEquals("A waiver's reason is at most 500 characters, not 501",
                refused(() -> Waiver.grant("LR3002", EMPATHY, "x".repeat(501), TODAY, TODAY, NOW, "manager")));
        assertEquals("Give the day the waiver ends: the course is required again after it",
                refused(() -> Waiver.grant("LR3002", EMPATHY, "Leave", null, TODAY, NOW, "manager")));
        assertEquals("The waiver's end date Jun 14, 2026 is already past; choose today or a later day",
                refused(() -> Waiver.grant("LR3002", EMPATHY, "Leave", TODAY.minusDays(1), TODAY, NOW, "manager")));
        assertEquals("Choose the course to waive",
                refused(() -> Waiver.grant("LR3002", null, "Leave", TODAY, TODAY, NOW, "manager")));

        Waiver today = Waiver.grant("LR3002", EMPATHY, "x".repeat(500), TODAY, TODAY, NOW, "manager");
        assertTrue(today.isActiveOn(TODAY), "a waiver ending today covers today");
    }

    @Test
    void whileActiveTheRequirementIsWaivedWithItsReasonAndEndDateNeitherRequiredNorOverdue() {
        Claim lateClaim = claim(CORE, EMPATHY, TODAY.minusDays(40));
        assertTrue(on(TODAY, lateClaim, Map.of()).isOverdue(TODAY), "overdue before the waiver");

        Requirement waived = on(TODAY, lateClaim, Map.of(), waiver(EMPATHY, LocalDate.of(2026, 8, 31)));

        assertEquals(RequirementState.WAIVED, waived.state());
        assertEquals("Waived", waived.state().getLabel());
        assertEquals("On long-term leave", waived.waiver().reason());
        assertEquals(LocalDate.of(2026, 8, 31), waived.waiver().endsOn());
        assertEquals("manager", waived.waiver().grantedBy());
        assertNull(waived.dueOn());
        assertFalse(waived.isOverdue(TODAY));
        assertFalse(waived.isOpen());
        assertFalse(waived.isOutstanding());
        assertEquals(RequiredTraining.NONE, RequiredTraining.of(List.of(waived), TODAY), "not counted as required");
    }

    @Test
    void afterItsEndDateTheRequirementIsOpenAgainDueNoEarlierThan30DaysAfterTheWaiversLastDay() {
        Claim lateClaim = claim(CORE, EMPATHY, TODAY.minusDays(40));
        Waiver summer = waiver(EMPATHY, LocalDate.of(2026, 8, 31));

        Requirement lastDay = on(LocalDate.of(2026, 8, 31), lateClaim, Map.of(), summer);
        Requirement after = on(LocalDate.of(2026, 9, 1), lateClaim, Map.of(), summer);

        assertEquals(RequirementState.WAIVED, lastDay.state());
        assertEquals(RequirementState.OPEN, after.state());
        assertNull(after.waiver());
        assertEquals(LocalDate.of(2026, 9, 30), after.dueOn(), "the rule's own due date had passed: 30 days' grace");
        assertFalse(after.isOverdue(LocalDate.of(2026, 9, 30)));
        assertTrue(after.isOverdue(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void aLaterOwnDueDateStandsAfterAShortWaiver() {
        Claim fresh = claim(CORE, EMPATHY, TODAY);
        Requirement after = on(TODAY.plusDays(1), fresh, Map.of(), waiver(EMPATHY, TODAY));

        assertEquals(RequirementState.OPEN, after.state());
        assertEquals(TODAY.plusDays(30), after.dueOn(), "the rule's due date is later than the grace");
    }

    @Test
    void endingAWaiverEarlyOpensTheRequirementAtOnceDue30DaysFromThatDay() {
        Claim lateClaim = claim(CORE, EMPATHY, TODAY.minusDays(40));
        Waiver waiver = waiver(EMPATHY, LocalDate.of(2026, 12, 31));
        LocalDate revokedOn = LocalDate.of(2026, 7, 1);

        waiver.revoke(revokedOn, NOW, "admin");

        Requirement same = on(revokedOn, lateClaim, Map.of(), waiver);
        assertEquals(RequirementState.OPEN, same.state());
        assertEquals(LocalDate.of(2026, 7, 31), same.dueOn());
        assertEquals("admin", waiver.getRevokedBy());
        assertEquals("This waiver was already ended on Jul 1, 2026 by admin",
                refused(() -> waiver.revoke(revokedOn, NOW, "admin")));
        Waiver lapsed = waiver(EMPATHY, TODAY);
        assertEquals("This waiver already ended on Jun 15, 2026",
                refused(() -> lapsed.revoke(TODAY.plusDays(1), NOW, "admin")));
    }

    @Test
    void aWaiverMovesNoRecertificationClockAndAnOpenRoundWaivedIsDueAfterTheGraceOnceItEnds() {
        // Completed 2026-03-01, every 12 months with a window of 60 days: the round opens 2027-01-01, due 2027-03-01.
        Claim claim = claim(ANNUAL, EMPATHY, LocalDate.of(2026, 1, 10));
        Map<String, LocalDate> completed = Map.of(EMPATHY, LocalDate.of(2026, 3, 1));
        Waiver leave = Fixtures.withId(Waiver.grant(ANA.employeeId(), EMPATHY, "Parental leave",
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 1, 15), NOW, "manager"), 8L);

        Requirement during = on(LocalDate.of(2027, 3, 2), claim, completed, leave);
        Requirement after = on(LocalDate.of(2027, 7, 1), claim, completed, leave);

        assertEquals(RequirementState.WAIVED, during.state());
        assertFalse(during.isOverdue(LocalDate.of(2027, 3, 2)), "past the round's due date, but waived");
        assertEquals(LocalDate.of(2026, 3, 1), during.lastCompletedOn(), "the waiver is no completion");
        assertEquals(RequirementState.OPEN, after.state());
        assertEquals(LocalDate.of(2027, 7, 30), after.dueOn());
    }

    @Test
    void aCompletionOutranksAWaiverAndAWaivedCourseUnlocksTheNextOfACurriculum() {
        Claim claim = claim(CORE, EMPATHY, TODAY);
        Requirement completed = on(TODAY, claim, Map.of(EMPATHY, TODAY), waiver(EMPATHY, TODAY.plusDays(10)));
        assertEquals(RequirementState.COMPLETED, completed.state());
        assertNull(completed.waiver());

        Curriculum core = Fixtures.withId(new Curriculum("Core", List.of(EMPATHY, TRAUMA), true, NOW, "admin"), 3);
        AssignmentRule inOrder = Fixtures.withId(AssignmentRule.forCurriculum("Core", core, Fixtures.CATALOG,
                Target.jobRole("ONC-RN"), DuePolicy.daysAfterAssigned(30), null, TODAY, NOW, "admin"), 4L);
        List<Requirement> both = Requirement.of(ANA.employeeId(),
                List.of(claim(inOrder, EMPATHY, TODAY), claim(inOrder, TRAUMA, TODAY)), Map.of(),
                List.of(waiver(EMPATHY, TODAY.plusDays(10))), TODAY);
        assertEquals(List.of(RequirementState.WAIVED, RequirementState.OPEN),
                both.stream().map(Requirement::state).toList());
    }

    @Test
    void anotherPersonsWaiverChangesNothing() {
        Waiver toms = Fixtures.withId(Waiver.grant(Fixtures.TOM.employeeId(), EMPATHY, "Leave", TODAY.plusDays(5),
                TODAY, NOW, "manager"), 9L);
        assertEquals(RequirementState.OPEN, on(TODAY, claim(CORE, EMPATHY, TODAY), Map.of(), toms).state());
    }

    private static String refused(Runnable action) {
        return assertThrows(BusinessRuleException.class, action::run).getMessage();
    }
}
