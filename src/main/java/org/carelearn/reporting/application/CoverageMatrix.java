package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Departments × competencies on a day: for each, how the people who need it stand. {@code hospital} adds up every
 * department.
 */
public record CoverageMatrix(LocalDate on, String jobRoleCode, List<ReportCompetency> competencies,
        List<CoverageRow> rows, CoverageRow hospital) {
}
