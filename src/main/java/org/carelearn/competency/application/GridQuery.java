package org.carelearn.competency.application;

import org.carelearn.competency.domain.CompetencyStatus;

/**
 * Which people of the standings a grid page or export lists: a manager's line (or, managerId null, the whole
 * hospital for an administrator), optionally only one department, job role, and people with a competency (or
 * any competency) at a status; a page of people by name.
 *
 * @param max the most people on the page; negative for all (the export)
 */
public record GridQuery(String managerId, String departmentCode, String jobRoleCode, String competencyIdentifier,
        CompetencyStatus status, int first, int max) {

    public GridQuery {
        departmentCode = blankToNull(departmentCode);
        jobRoleCode = blankToNull(jobRoleCode);
        competencyIdentifier = blankToNull(competencyIdentifier);
        first = Math.max(0, first);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public GridQuery all() {
        return new GridQuery(managerId, departmentCode, jobRoleCode, competencyIdentifier, status, 0, -1);
    }
}
