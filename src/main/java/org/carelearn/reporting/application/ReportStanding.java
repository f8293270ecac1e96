package org.carelearn.reporting.application;

import org.carelearn.competency.domain.CompetencyStatus;

/**
 * A person's status with a competency their job needs, on the day the coverage aggregate was brought up to, in
 * the department and job role they hold: what the matrix's cells count.
 *
 * @param changesOn the first later day the status may change by time alone (null: never, until new evidence or a
 *     new requirement writes the person again)
 */
public record ReportStanding(String employeeId, String competencyIdentifier, String departmentCode,
        String jobRoleCode, CompetencyStatus status, java.time.LocalDate changesOn) {
}
