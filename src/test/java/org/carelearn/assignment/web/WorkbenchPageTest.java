package org.carelearn.assignment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.carelearn.assignment.application.WorkbenchRow;
import org.carelearn.assignment.application.WorkbenchState;
import org.junit.jupiter.api.Test;

/** What the workbench says beside "Remind everyone in this view" when the button is off, and when it is on. */
class WorkbenchPageTest {

    private static WorkbenchRow row(String employeeId, WorkbenchState state) {
        return new WorkbenchRow(employeeId, "Nurse " + employeeId, "Oncology", "Nurse", "c", "Course", state,
                LocalDate.of(2026, 12, 20), null, 0, "Rule");
    }

    @Test
    void anyoneWithTrainingLeftToDoCanBeReminded() {
        List<WorkbenchRow> view = List.of(row("LR1", WorkbenchState.COMPLETED), row("LR2", WorkbenchState.IN_PROGRESS));
        assertNull(WorkbenchPage.nobodyToRemind(view, view));
        for (WorkbenchState open : List.of(WorkbenchState.OVERDUE, WorkbenchState.DUE_SOON,
                WorkbenchState.NOT_STARTED)) {
            assertNull(WorkbenchPage.nobodyToRemind(List.of(row("LR1", open)), List.of(row("LR1", open))), open.name());
        }
    }

    @Test
    void aViewOfCompletedWaivedAndUnassignedPeopleSaysNobodyHasOpenTraining() {
        List<WorkbenchRow> view = List.of(row("LR1", WorkbenchState.COMPLETED), row("LR2", WorkbenchState.WAIVED),
                row("LR3", WorkbenchState.NONE_ASSIGNED));
        List<WorkbenchRow> all = List.of(view.get(0), view.get(1), view.get(2), row("LR4", WorkbenchState.OVERDUE));
        assertEquals("Nobody in this view has open training to be reminded of: everyone here has completed it, has"
                + " it waived, or has nothing assigned.", WorkbenchPage.nobodyToRemind(all, view));
    }

    @Test
    void filtersThatMatchNobodySayToChangeThem() {
        assertEquals("No one matches these filters, so there is nobody to remind. Change or clear the filters.",
                WorkbenchPage.nobodyToRemind(List.of(row("LR1", WorkbenchState.OVERDUE)), List.of()));
    }

    @Test
    void anEmptyWorkbenchSaysThereIsNobodyYet() {
        assertEquals("There is nobody on this workbench yet, so there is nobody to remind.",
                WorkbenchPage.nobodyToRemind(List.of(), List.of()));
    }
}
