package org.carelearn.reporting.application;

import java.time.LocalDate;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * One person behind a cell of the matrix: who, where, and how they stood with the competency on the day.
 *
 * @param levelShown the highest level current evidence showed that day, or null
 * @param lapsesOn for competent and expiring, the first day it no longer holds; for expired, the day it lapsed
 */
public record CoveragePerson(String employeeId, String displayName, String sortName, String departmentName,
        String jobRoleTitle, CompetencyStatus status, Integer levelShown, int levelNeeded, LocalDate lapsesOn) {

    public String getStatusLabel() {
        return status.getLabel();
    }
}
