package org.carelearn.assignment.application;

import java.time.LocalDate;

/**
 * One course a rule required of one person, from the day it reached them until it ended (or still), as other
 * contexts' read models copy it: the history behind "what was required at the end of each month".
 *
 * @param dueOn the first round's due date, or null when the rule sets none
 * @param endedOn the day (in the hospital's calendar) it stopped being required, or null while it still is
 * @param recurMonths for a rule that recertifies, every how many months after the last completion; else null
 */
public record TrainingEpisode(long assignmentId, String employeeId, String courseIri, LocalDate reachedOn,
        LocalDate dueOn, LocalDate endedOn, Integer recurMonths) {
}
