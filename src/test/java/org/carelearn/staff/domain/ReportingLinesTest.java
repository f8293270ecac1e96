package org.carelearn.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportingLinesTest {

    private static StaffKey key(String employeeId, String manager) {
        return new StaffKey(employeeId, employeeId.toLowerCase() + "@it.example", manager, "ONC", "RN", true);
    }

    /** A director over two managers; one manager has a team lead, who has a nurse. */
    private final ReportingLines lines = new ReportingLines(List.of(key("D1", null), key("M1", "D1"),
            key("M2", "D1"), key("T1", "M1"), key("N1", "T1"), key("N2", "M2")));

    @Test
    void aManagersLineIsEveryoneBelowThemAtAnyDepth() {
        assertEquals(Set.of("M1", "M2", "T1", "N1", "N2"), lines.below("D1"));
        assertEquals(Set.of("T1", "N1"), lines.below("M1"));
        assertEquals(Set.of(), lines.below("N1"), "nobody reports to a nurse");
        assertEquals(Set.of(), lines.below("UNKNOWN"));
    }

    @Test
    void someoneIsInALineOnlyBelowItsManagerNeverBesideOrAbove() {
        assertTrue(lines.isBelow("N1", "M1"));
        assertTrue(lines.isBelow("N1", "D1"));
        assertFalse(lines.isBelow("N2", "M1"), "another manager's team");
        assertFalse(lines.isBelow("M1", "N1"), "above, not below");
        assertFalse(lines.isBelow("M1", "M1"), "nobody is in their own line");
    }

    @Test
    void aChainThatLoopsEndsWhereItRepeats() {
        ReportingLines loop = new ReportingLines(List.of(key("A", "B"), key("B", "A"), key("C", "A")));
        assertEquals(Set.of("B", "C"), loop.below("A"));
        assertFalse(loop.isBelow("C", "X"));
        assertTrue(loop.isBelow("C", "B"));
    }

    @Test
    void theManagersAboveSomeoneAreNearestFirstUpToTheTop() {
        assertEquals(List.of("T1", "M1", "D1"), lines.above("N1"));
        assertEquals(List.of(), lines.above("D1"), "the top reports to nobody");
        assertEquals(List.of(), lines.above("UNKNOWN"));
        ReportingLines loop = new ReportingLines(List.of(key("A", "B"), key("B", "A"), key("C", "A")));
        assertEquals(List.of("A", "B"), loop.above("C"), "a loop ends where it repeats");
        assertEquals(List.of("B"), loop.above("A"), "never the person themself");
    }

    @Test
    void linesOfJustSomePeopleAnswerAsTheWholeDirectoryDoes() {
        ReportingLines some = ReportingLines.ofManagers(Map.of("N1", "T1", "T1", "M1", "M1", "D1"));
        assertEquals(lines.above("N1"), some.above("N1"));
        assertEquals(Set.of("T1", "N1"), some.below("M1"));
    }
}
