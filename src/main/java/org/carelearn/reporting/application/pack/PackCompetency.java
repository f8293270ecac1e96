package org.carelearn.reporting.application.pack;

import java.time.LocalDate;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * A competency the person's job requires, as it stood on the pack's day, and the evidence it rests on.
 *
 * @param levelShown the highest level current evidence shows, or null
 * @param shownOn the day the evidence the status rests on was given, or null when none counts
 * @param lapsesOn for competent and expiring, the first day it no longer holds; for expired, the day it lapsed
 * @param evidence the kind of that evidence in words ("Observed validation"), or null
 * @param validator who gave it, by name, for an observed validation or prior learning; otherwise null
 */
public record PackCompetency(String code, String title, CompetencyStatus status, Integer levelShown,
        int levelNeeded, LocalDate shownOn, LocalDate lapsesOn, String evidence, String validator) {

    public boolean holds() {
        return status.holds();
    }

    /** "PR.1 Empathetic communication", or the title alone. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }
}
