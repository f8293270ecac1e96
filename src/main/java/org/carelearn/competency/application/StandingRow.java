package org.carelearn.competency.application;

import java.time.LocalDate;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * One row of the standings read model: where a person stood with a competency on {@code asOf}, as
 * {@link org.carelearn.competency.domain.StandingRule} decided, with the person's name and place as the directory
 * had them then.
 *
 * @param levelShown null when no current evidence counts
 * @param required whether the person's job requires the competency (else it is tracked at level 1)
 */
public record StandingRow(String employeeId, String competencyIdentifier, String sortName, String departmentCode,
        String jobRoleCode, CompetencyStatus status, Integer levelShown, int levelNeeded, boolean required,
        LocalDate lapsesOn, LocalDate asOf) {
}
