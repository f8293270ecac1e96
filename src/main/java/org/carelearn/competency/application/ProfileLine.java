package org.carelearn.competency.application;

import java.time.LocalDate;
import java.util.List;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * One competency on a person's profile: the level their job needs and the level they show, the status (with a
 * text, so it reads without colour), how long it stays current, the evidence behind it and what to do next.
 *
 * @param required whether the person's job requires it (else it is tracked at level 1)
 * @param currentUntil the last day the level needed is shown, or null
 * @param lapsesOn for expired, the day it lapsed; otherwise as currentUntil plus a day, or null
 */
public record ProfileLine(String competencyIdentifier, String code, String title, String statement,
        String frameworkTitle, boolean required, int levelNeeded, String levelNeededLabel, Integer levelShown,
        String levelShownLabel, CompetencyStatus status, LocalDate currentUntil, LocalDate lapsesOn,
        String nextStep, List<EvidenceView> evidence) {

    public String getStatusLabel() {
        return status.getLabel();
    }

    /** The CSS class of the status badge: its colour, always beside its text. */
    public String getStatusStyle() {
        return "competency-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
