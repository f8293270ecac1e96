package org.carelearn.assignment.domain;

import static org.carelearn.assignment.domain.Fixtures.ANA;
import static org.carelearn.assignment.domain.Fixtures.CATALOG;
import static org.carelearn.assignment.domain.Fixtures.CULTURE;
import static org.carelearn.assignment.domain.Fixtures.EMPATHY;
import static org.carelearn.assignment.domain.Fixtures.NOW;
import static org.carelearn.assignment.domain.Fixtures.TODAY;
import static org.carelearn.assignment.domain.Fixtures.TOM;
import static org.carelearn.assignment.domain.Fixtures.TRAUMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class AssignmentRuleTest {

    private static BusinessRuleException refused(Runnable making) {
        return assertThrows(BusinessRuleException.class, making::run);
    }

    @Test
    void aRuleWithNoTargetIsRefused() {
        assertEquals("Choose whom the training is for: a person, a manager's team or line, a department or a job role",
                refused(() -> AssignmentRule.forCourse("Core", EMPATHY, CATALOG, null, DuePolicy.none(), null, TODAY,
                        NOW, "manager")).getMessage());
    }

    @Test
    void aDueDateInThePastIsRefusedButTodayIsAllowed() {
        assertEquals("The due date 2026-06-14 is already past; choose today or a later day",
                refused(() -> AssignmentRule.forCourse("Core", EMPATHY, CATALOG, Target.jobRole("ONC-RN"),
                        DuePolicy.on(TODAY.minusDays(1)), null, TODAY, NOW, "manager")).getMessage());
        assertEquals(TODAY, AssignmentRule.forCourse("Core", EMPATHY, CATALOG, Target.jobRole("ONC-RN"),
                DuePolicy.on(TODAY), null, TODAY, NOW, "manager").dueFor(ANA, TODAY));
    }

    @Test
    void anUnknownCourseIsRefused() {
        assertEquals("There is no course https://carelearn.example/courses/juggling in the catalog that can be"
                + " assigned", refused(() -> AssignmentRule.forCourse("Core", "https://carelearn.example/courses/juggling",
                        CATALOG, Target.jobRole("ONC-RN"), DuePolicy.none(), null, TODAY, NOW, "manager")).getMessage());
        assertEquals("Choose the course to assign", refused(() -> AssignmentRule.forCourse("Core", " ", CATALOG,
                Target.jobRole("ONC-RN"), DuePolicy.none(), null, TODAY, NOW, "manager")).getMessage());
    }

    @Test
    void aCurriculumOfAnUnknownCourseIsRefused() {
        Curriculum curriculum = new Curriculum("Core", List.of(EMPATHY, "https://carelearn.example/courses/gone"),
                false, NOW, "admin");

        assertEquals("The curriculum \"Core\" lists https://carelearn.example/courses/gone, which is no course in the"
                + " catalog that can be assigned", refused(() -> AssignmentRule.forCurriculum("Core", curriculum,
                        CATALOG, Target.jobRole("ONC-RN"), DuePolicy.none(), null, TODAY, NOW, "admin")).getMessage());
    }

    @Test
    void aRuleNeedsAName() {
        assertEquals("Name the rule, so that people see why the training is required of them",
                refused(() -> AssignmentRule.forCourse(" ", EMPATHY, CATALOG, Target.jobRole("ONC-RN"),
                        DuePolicy.none(), null, TODAY, NOW, "manager")).getMessage());
    }

    @Test
    void dueDatesFollowThePolicy() {
        assertEquals(TODAY.plusDays(30), DuePolicy.daysAfterAssigned(30).dueFor(ANA, TODAY));
        assertEquals(LocalDate.of(2026, 7, 1), DuePolicy.daysAfterHire(30).dueFor(TOM, LocalDate.of(2026, 5, 20)),
                "a new starter: 30 days after the hire date");
        assertEquals(TODAY.plusDays(30), DuePolicy.daysAfterHire(30).dueFor(ANA, TODAY),
                "someone hired long ago: counted from the day the rule reaches them, never overdue at once");
        assertEquals(LocalDate.of(2026, 9, 1), DuePolicy.on(LocalDate.of(2026, 9, 1)).dueFor(ANA, TODAY));
        assertNull(DuePolicy.none().dueFor(ANA, TODAY));
        assertEquals("The number of days until the training is due must be between 0 and 3660, not -1",
                refused(() -> DuePolicy.daysAfterAssigned(-1)).getMessage());
    }

    @Test
    void aCurriculumWithAnUnlockOrderOpensEachCourseAfterTheOneBeforeIt() {
        Curriculum ordered = new Curriculum("Core", List.of(EMPATHY, TRAUMA, CULTURE), true, NOW, "admin");
        Curriculum free = new Curriculum("Core", List.of(EMPATHY, TRAUMA, CULTURE), false, NOW, "admin");

        assertTrue(ordered.isUnlocked(EMPATHY, Set.of()));
        assertFalse(ordered.isUnlocked(TRAUMA, Set.of()));
        assertTrue(ordered.isUnlocked(TRAUMA, Set.of(EMPATHY)));
        assertFalse(ordered.isUnlocked(CULTURE, Set.of(EMPATHY)));
        assertTrue(free.isUnlocked(CULTURE, Set.of()));
        assertEquals("The curriculum lists " + EMPATHY + " twice",
                refused(() -> new Curriculum("Core", List.of(EMPATHY, EMPATHY), false, NOW, "admin")).getMessage());
        assertEquals("A curriculum needs at least one course",
                refused(() -> new Curriculum("Core", List.of(), false, NOW, "admin")).getMessage());
    }

    @Test
    void anEndedRuleReachesNobodyAndCannotEndTwice() {
        AssignmentRule rule = Fixtures.rule(7, "Core", EMPATHY, Target.jobRole("ONC-RN"), DuePolicy.none(), null);
        assertTrue(rule.reaches(ANA));

        rule.end(NOW, "admin");

        assertFalse(rule.reaches(ANA));
        assertEquals("The rule \"Core\" has already ended", refused(() -> rule.end(NOW, "admin")).getMessage());
    }
}
