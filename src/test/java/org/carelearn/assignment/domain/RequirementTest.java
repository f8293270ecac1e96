package org.carelearn.assignment.domain;

import static org.carelearn.assignment.domain.Fixtures.ANA;
import static org.carelearn.assignment.domain.Fixtures.CULTURE;
import static org.carelearn.assignment.domain.Fixtures.EMPATHY;
import static org.carelearn.assignment.domain.Fixtures.TODAY;
import static org.carelearn.assignment.domain.Fixtures.TRAUMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementTest {

    private static Claim claim(AssignmentRule rule, String course, LocalDate reachedOn) {
        return new Claim(rule, new Assignment(rule.getId(), ANA.employeeId(), course, reachedOn,
                rule.dueFor(ANA, reachedOn)));
    }

    @Test
    void twoRulesRequiringTheSameCourseMakeOneRequirementDueOnTheEarlierDate() {
        AssignmentRule role = Fixtures.rule(1, "Oncology nurse core", EMPATHY, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(30), null);
        AssignmentRule unit = Fixtures.rule(2, "Ward 4 service recovery", EMPATHY, Target.department("ONC"),
                DuePolicy.daysAfterAssigned(10), null);

        List<Requirement> requirements = Requirement.of(ANA.employeeId(),
                List.of(claim(role, EMPATHY, TODAY), claim(unit, EMPATHY, TODAY)), Map.of(), TODAY);

        assertEquals(1, requirements.size());
        Requirement one = requirements.get(0);
        assertEquals(TODAY.plusDays(10), one.dueOn());
        assertEquals(List.of("Oncology nurse core", "Ward 4 service recovery"), one.ruleNames());
        assertEquals("Oncology nurse core; Ward 4 service recovery", one.reason());
        assertEquals(RequirementState.OPEN, one.state());
    }

    @Test
    void aCompletionMeetsTrainingTakenOnceForGood() {
        AssignmentRule rule = Fixtures.rule(1, "Core", EMPATHY, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(30), null);

        Requirement met = Requirement.of(ANA.employeeId(), List.of(claim(rule, EMPATHY, TODAY.minusDays(400))),
                Map.of(EMPATHY, TODAY.minusDays(380)), TODAY).get(0);

        assertEquals(RequirementState.COMPLETED, met.state());
        assertEquals(null, met.dueOn(), "never due again");
        assertFalse(met.isOverdue(TODAY));
    }

    @Test
    void recertificationOpensTheNextRoundInItsWindowAndIsDueAYearAfterTheCompletion() {
        AssignmentRule annual = Fixtures.rule(1, "Annual refresher", EMPATHY, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(30), new Recertification(12, 60));
        Claim claim = claim(annual, EMPATHY, LocalDate.of(2026, 1, 10));
        Map<String, LocalDate> completed = Map.of(EMPATHY, LocalDate.of(2026, 3, 1));

        Requirement before = Requirement.of(ANA.employeeId(), List.of(claim), completed, LocalDate.of(2026, 12, 31))
                .get(0);
        Requirement opened = Requirement.of(ANA.employeeId(), List.of(claim), completed, LocalDate.of(2027, 1, 1))
                .get(0);
        Requirement late = Requirement.of(ANA.employeeId(), List.of(claim), completed, LocalDate.of(2027, 3, 2))
                .get(0);

        assertEquals(RequirementState.COMPLETED, before.state());
        assertEquals(LocalDate.of(2027, 1, 1), before.opensOn());
        assertEquals(LocalDate.of(2027, 3, 1), before.dueOn(), "valid until the next round is due");
        assertEquals(RequirementState.OPEN, opened.state());
        assertEquals(LocalDate.of(2027, 3, 1), opened.dueOn());
        assertFalse(opened.isOverdue(LocalDate.of(2027, 3, 1)));
        assertTrue(late.isOverdue(LocalDate.of(2027, 3, 2)));
    }

    @Test
    void aRecertificationRuleReachingSomeoneWhoseCompletionLapsedLongAgoIsDueByItsOwnPolicy() {
        AssignmentRule annual = Fixtures.rule(1, "Annual refresher", EMPATHY, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(30), new Recertification(12, 60));

        Requirement requirement = Requirement.of(ANA.employeeId(), List.of(claim(annual, EMPATHY, TODAY)),
                Map.of(EMPATHY, LocalDate.of(2023, 5, 1)), TODAY).get(0);

        assertEquals(RequirementState.OPEN, requirement.state());
        assertEquals(TODAY.plusDays(30), requirement.dueOn(), "not overdue since 2024");
    }

    @Test
    void aLockedCourseOfACurriculumOpensWhenTheOneBeforeItIsComplete() {
        Curriculum core = Fixtures.withId(new Curriculum("Core", List.of(EMPATHY, TRAUMA), true, Fixtures.NOW,
                "admin"), 3);
        AssignmentRule rule = Fixtures.withId(AssignmentRule.forCurriculum("Core", core, Fixtures.CATALOG,
                Target.jobRole("ONC-RN"), DuePolicy.daysAfterAssigned(30), null, TODAY, Fixtures.NOW, "admin"), 1L);
        List<Claim> claims = List.of(claim(rule, EMPATHY, TODAY), claim(rule, TRAUMA, TODAY));

        List<Requirement> fresh = Requirement.of(ANA.employeeId(), claims, Map.of(), TODAY);
        List<Requirement> afterFirst = Requirement.of(ANA.employeeId(), claims, Map.of(EMPATHY, TODAY), TODAY);

        assertEquals(List.of(RequirementState.OPEN, RequirementState.LOCKED), fresh.stream().map(Requirement::state)
                .toList());
        assertEquals(List.of(RequirementState.COMPLETED, RequirementState.OPEN), afterFirst.stream()
                .map(Requirement::state).toList());
    }

    @Test
    void whereSomeoneStandsCountsEachCourseOnceWithTheNextOpenDueDate() {
        AssignmentRule empathy = Fixtures.rule(1, "Core", EMPATHY, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(3), null);
        AssignmentRule trauma = Fixtures.rule(2, "Core", TRAUMA, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(20), null);
        AssignmentRule culture = Fixtures.rule(3, "Core", CULTURE, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(40), null);
        AssignmentRule cultureAgain = Fixtures.rule(4, "Unit", CULTURE, Target.department("ONC"),
                DuePolicy.daysAfterAssigned(50), null);
        List<Claim> claims = List.of(claim(empathy, EMPATHY, TODAY.minusDays(10)),
                claim(trauma, TRAUMA, TODAY.minusDays(10)), claim(culture, CULTURE, TODAY.minusDays(10)),
                claim(cultureAgain, CULTURE, TODAY));

        RequiredTraining standing = RequiredTraining.of(Requirement.of(ANA.employeeId(), claims,
                Map.of(EMPATHY, TODAY.minusDays(1)), TODAY), TODAY);

        assertEquals(new RequiredTraining(3, 1, 0, TODAY.plusDays(10)), standing);
        assertFalse(standing.isAllComplete());
        assertTrue(RequiredTraining.of(List.of(), TODAY).isNone());
    }

    @Test
    void anOpenRequirementPastItsDueDateIsOverdueTheDayAfter() {
        AssignmentRule rule = Fixtures.rule(1, "Core", EMPATHY, Target.jobRole("ONC-RN"),
                DuePolicy.daysAfterAssigned(5), null);
        List<Requirement> requirements = Requirement.of(ANA.employeeId(),
                List.of(claim(rule, EMPATHY, TODAY.minusDays(6))), Map.of(), TODAY);

        assertEquals(new RequiredTraining(1, 0, 1, TODAY.minusDays(1)), RequiredTraining.of(requirements, TODAY));
        assertFalse(requirements.get(0).isOverdue(TODAY.minusDays(1)), "due today is not overdue");
    }
}
