package org.carelearn.competency.application;

import java.util.Map;

/**
 * One person's row of the manager's grid: their name and place, and their standing with each competency (by
 * identifier; absent where none is written yet).
 */
public record GridPerson(String employeeId, String sortName, String departmentName, String jobRoleTitle,
        Map<String, StandingRow> standings) {

    public StandingRow standing(String competencyIdentifier) {
        return standings.get(competencyIdentifier);
    }
}
