package org.carelearn.assignment.domain;

import static org.carelearn.assignment.domain.Fixtures.ANA;
import static org.carelearn.assignment.domain.Fixtures.EMPATHY;
import static org.carelearn.assignment.domain.Fixtures.NOW;
import static org.carelearn.assignment.domain.Fixtures.TODAY;
import static org.carelearn.assignment.domain.Fixtures.TRAUMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReachTest {

    private final AssignmentRule role = Fixtures.rule(1, "Oncology nurse core", EMPATHY, Target.jobRole("ONC-RN"),
            DuePolicy.daysAfterAssigned(30), null);
    private final AssignmentRule department = Fixtures.rule(2, "Oncology department", EMPATHY,
            Target.department("ONC"), DuePolicy.daysAfterAssigned(45), null);
    private final AssignmentRule trauma = Fixtures.rule(3, "Trauma-informed care", TRAUMA, Target.jobRole("ONC-RN"),
            DuePolicy.daysAfterAssigned(60), null);

    @Test
    void aRuleThatReachesSomeoneGivesThemAnAssignmentPerCourseDueByItsPolicy() {
        Reach.Outcome outcome = Reach.reevaluate(ANA, List.of(role, trauma), List.of(), TODAY, NOW);

        assertEquals(2, outcome.added().size());
        Assignment empathy = outcome.added().get(0);
        assertEquals(1, empathy.getRuleId());
        assertEquals(EMPATHY, empathy.getCourseIri());
        assertEquals(TODAY, empathy.getReachedOn());
        assertEquals(TODAY.plusDays(30), empathy.getDueOn());
        assertTrue(outcome.ended().isEmpty());
    }

    @Test
    void evaluatingAgainChangesNothingWhenNothingMoved() {
        List<Assignment> held = new ArrayList<>(Reach.reevaluate(ANA, List.of(role), List.of(), TODAY, NOW).added());

        Reach.Outcome again = Reach.reevaluate(ANA, List.of(role), held, TODAY.plusDays(3), NOW);

        assertFalse(again.changedAnything());
    }

    @Test
    void leavingARulesScopeEndsOnlyWhatThatRuleRequiredAndKeepsItAsHistory() {
        List<Assignment> held = new ArrayList<>(Reach.reevaluate(ANA, List.of(role, department, trauma), List.of(),
                TODAY, NOW).added());
        Person transferred = Fixtures.moved(ANA, "SURG", "ONC-RN");

        Reach.Outcome outcome = Reach.reevaluate(transferred, List.of(role, department, trauma), held,
                TODAY.plusDays(5), NOW);

        assertEquals(1, outcome.ended().size());
        Assignment ended = outcome.ended().get(0);
        assertEquals(2, ended.getRuleId());
        assertFalse(ended.isActive());
        assertEquals("No longer in the rule's scope (department ONC)", ended.getEndReason());
        assertTrue(outcome.added().isEmpty());
        List<Assignment> stillActive = held.stream().filter(Assignment::isActive).toList();
        List<Requirement> requirements = Requirement.of(ANA.employeeId(), stillActive.stream()
                .map(a -> new Claim(a.getRuleId() == 1 ? role : trauma, a)).toList(), Map.of(), TODAY);
        assertEquals(2, requirements.size(), "empathy is still required by the job role's rule");
        assertEquals(List.of("Oncology nurse core"), requirements.get(0).ruleNames());
        assertEquals(TODAY.plusDays(30), requirements.get(0).dueOn());
    }

    @Test
    void aRoleChangeOutOfEveryRuleEndsEveryRequirementAndAChangeBackStartsAfresh() {
        List<Assignment> held = new ArrayList<>(Reach.reevaluate(ANA, List.of(role), List.of(), TODAY, NOW).added());
        Person clerk = Fixtures.moved(ANA, "ONC", "CLERK");

        Reach.Outcome out = Reach.reevaluate(clerk, List.of(role), held, TODAY.plusDays(1), NOW);
        Reach.Outcome back = Reach.reevaluate(ANA, List.of(role), List.of(), TODAY.plusDays(9), NOW);

        assertEquals(1, out.ended().size());
        assertEquals(TODAY.plusDays(39), back.added().get(0).getDueOn(), "due 30 days after it reached her again");
    }

    @Test
    void anEndedRulesAssignmentsEnd() {
        List<Assignment> held = new ArrayList<>(Reach.reevaluate(ANA, List.of(role), List.of(), TODAY, NOW).added());
        role.end(NOW, "admin");

        Reach.Outcome outcome = Reach.reevaluate(ANA, List.of(role), held, TODAY, NOW);

        assertEquals("The rule ended", outcome.ended().get(0).getEndReason());
    }
}
