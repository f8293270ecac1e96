package org.carelearn.reporting.application;

import java.util.List;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * What the coverage aggregate holds for one job role (or all): the departments with people reported on, and how
 * many of them stand in each status with each competency.
 */
public record CoverageCounts(List<Department> departments, List<Cell> cells) {

    /** A department with people reported on, by its latest name. */
    public record Department(String code, String name) {
    }

    /** How many people of the department stand in the status with the competency. */
    public record Cell(String departmentCode, String competencyIdentifier, CompetencyStatus status, int people) {
    }
}
