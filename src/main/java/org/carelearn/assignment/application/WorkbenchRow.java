package org.carelearn.assignment.application;

import java.time.LocalDate;

/**
 * One line of the manager's workbench: a person and one course required of them (or none, for someone with
 * nothing required), with where they stand.
 *
 * @param courseIri null on a person's only row when nothing is required of them
 * @param dueOn when an open requirement is due; for a completed one that recertifies, when the next round is due
 * @param progress the percentage of the open enrolment, 0 when there is none
 * @param rules the names of the rules that require the course, "; " between them
 */
public record WorkbenchRow(String employeeId, String name, String departmentName, String jobRoleTitle,
        String courseIri, String courseTitle, WorkbenchState state, LocalDate dueOn, LocalDate lastCompletedOn,
        int progress, String rules) {
}
