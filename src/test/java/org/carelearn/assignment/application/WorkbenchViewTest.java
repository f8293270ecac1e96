package org.carelearn.assignment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.RequirementState;
import org.carelearn.assignment.domain.WaiverNote;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.domain.EnrolmentStatus;
import org.junit.jupiter.api.Test;

/** The workbench's states, filters and orders, on rows made by hand. */
class WorkbenchViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static WorkbenchRow row(String name, String course, WorkbenchState state, LocalDate due) {
        return new WorkbenchRow(name.substring(0, 3).toUpperCase(), name, "Oncology", "Nurse", course, course, state,
                due, null, 0, "Rule");
    }

    private static Requirement open(LocalDate due) {
        return new Requirement("LR1", "c", RequirementState.OPEN, due, null, null, List.of("Rule"), List.of(1L), null);
    }

    @Test
    void statesFollowTheDueDateFirstThenProgress() {
        EnrolmentSnapshot started = new EnrolmentSnapshot(1, "LR1", "c", "C", EnrolmentStatus.IN_PROGRESS, 30,
                TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), null);
        assertEquals(WorkbenchState.OVERDUE, WorkbenchState.of(open(TODAY.minusDays(1)), started, TODAY));
        assertEquals(WorkbenchState.DUE_SOON, WorkbenchState.of(open(TODAY.plusDays(14)), started, TODAY));
        assertEquals(WorkbenchState.IN_PROGRESS, WorkbenchState.of(open(TODAY.plusDays(15)), started, TODAY));
        assertEquals(WorkbenchState.NOT_STARTED, WorkbenchState.of(open(TODAY.plusDays(15)), null, TODAY));
        assertEquals(WorkbenchState.NOT_STARTED, WorkbenchState.of(open(null), null, TODAY));
        assertEquals(WorkbenchState.COMPLETED, WorkbenchState.of(new Requirement("LR1", "c",
                RequirementState.COMPLETED, null, null, TODAY, List.of("Rule"), List.of(1L), null), null, TODAY));
        assertEquals(WorkbenchState.WAIVED, WorkbenchState.of(new Requirement("LR1", "c", RequirementState.WAIVED,
                null, null, null, List.of("Rule"), List.of(1L), new WaiverNote(7L, "Equivalent training elsewhere",
                TODAY.plusDays(90), "manager", TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))), started,
                TODAY), "a waiver outranks the due date and the progress");
    }

    @Test
    void filtersAndOrdersAsThePageAndTheExportShowThem() {
        List<WorkbenchRow> rows = List.of(row("Chen, Mei", "b", WorkbenchState.COMPLETED, null),
                row("Bello, Aisha", "a", WorkbenchState.NOT_STARTED, TODAY.plusDays(30)),
                row("Bello, Aisha", "b", WorkbenchState.OVERDUE, TODAY.minusDays(2)),
                row("Adeyemi, Samuel", null, WorkbenchState.NONE_ASSIGNED, null));

        assertEquals(List.of("Adeyemi, Samuel", "Bello, Aisha", "Bello, Aisha", "Chen, Mei"),
                WorkbenchView.ALL.apply(rows).stream().map(WorkbenchRow::name).toList());
        WorkbenchView byDue = new WorkbenchView(null, null, null, null, null, WorkbenchView.Sort.DUE, true);
        assertEquals(java.util.Arrays.asList("b", "a", null, "b"), byDue.apply(rows).stream().map(WorkbenchRow::courseIri).toList());
        WorkbenchView byState = new WorkbenchView(null, null, null, null, null, WorkbenchView.Sort.STATE, true);
        assertEquals(WorkbenchState.OVERDUE, byState.apply(rows).get(0).state());
        WorkbenchView courseB = new WorkbenchView(null, "b", null, null, "bell", WorkbenchView.Sort.NAME, true);
        assertEquals(1, courseB.apply(rows).size());
        WorkbenchView overdue = new WorkbenchView(WorkbenchState.OVERDUE, null, null, null, null, null, true);
        assertEquals(overdue, WorkbenchView.fromQuery(Map.of("state", "OVERDUE", "sort", "name")::get));
        assertEquals("sort=due&order=desc&course=https%3A%2F%2Fx%2Fy&q=O%27Rourke",
                new WorkbenchView(null, "https://x/y", null, null, "O'Rourke", WorkbenchView.Sort.DUE, false)
                        .toQuery());
    }
}
