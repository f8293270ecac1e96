package org.carelearn.assignment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the workbench says beside "Remind everyone in this view" when the button is off, and when it is on. */
class WorkbenchPageTest {

    @Test
    void anyoneWithTrainingLeftToDoCanBeReminded() {
        assertNull(WorkbenchPage.nobodyToRemind(true, false, 3));
        assertNull(WorkbenchPage.nobodyToRemind(true, true, 1));
    }

    @Test
    void aViewOfCompletedWaivedAndUnassignedPeopleSaysNobodyHasOpenTraining() {
        assertEquals("Nobody in this view has open training to be reminded of: everyone here has completed it, has"
                + " it waived, or has nothing assigned.", WorkbenchPage.nobodyToRemind(false, true, 3));
    }

    @Test
    void filtersThatMatchNobodySayToChangeThem() {
        assertEquals("No one matches these filters, so there is nobody to remind. Change or clear the filters.",
                WorkbenchPage.nobodyToRemind(false, true, 0));
    }

    @Test
    void anEmptyWorkbenchSaysThereIsNobodyYet() {
        assertEquals("There is nobody on this workbench yet, so there is nobody to remind.",
                WorkbenchPage.nobodyToRemind(false, false, 0));
    }
}
