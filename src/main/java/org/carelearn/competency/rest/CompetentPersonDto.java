package org.carelearn.competency.rest;

import java.time.LocalDate;
import org.carelearn.competency.application.StandingRow;

/** Someone who holds a competency: their level shown, the level needed, and the last day it stays current. */
public record CompetentPersonDto(String employeeId, String name, String status, Integer levelShown, int levelNeeded,
        LocalDate currentUntil) {

    static CompetentPersonDto of(StandingRow row) {
        return new CompetentPersonDto(row.employeeId(), row.sortName(), row.status().name(), row.levelShown(),
                row.levelNeeded(), row.lapsesOn() == null ? null : row.lapsesOn().minusDays(1));
    }
}
