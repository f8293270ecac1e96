package org.carelearn.competency.application;

import java.util.List;
import java.util.Map;

/**
 * One person's row of the manager's grid: their name and place, and their standing with each competency (by
 * identifier; absent where none is written yet), with the cells in the grid's column order.
 */
public record GridPerson(String employeeId, String sortName, String departmentName, String jobRoleTitle,
        Map<String, StandingRow> standings, List<GridCell> cells) {

    /** The row with a cell for each of the columns, in their order. */
    static GridPerson of(String employeeId, String sortName, String departmentName, String jobRoleTitle,
            Map<String, StandingRow> standings, List<CompetencyEntry> columns) {
        return new GridPerson(employeeId, sortName, departmentName, jobRoleTitle, standings, columns.stream()
                .map(c -> GridCell.of(c.identifier(), standings.get(c.identifier()))).toList());
    }

    public StandingRow standing(String competencyIdentifier) {
        return standings.get(competencyIdentifier);
    }
}
