package org.carelearn.competency.domain;

import java.time.LocalDate;

/**
 * Where a person stands with one competency on one day, and why.
 *
 * @param levelShown the highest level current evidence that counts on its own shows, or null when none does
 * @param lapsesOn for competent and expiring, the first day the level needed is no longer shown; for expired,
 *     the day it lapsed; otherwise null
 * @param basis the evidence the status rests on (the showing that lasts longest, or the last one that lapsed),
 *     or null when nothing counts
 */
public record Standing(CompetencyStatus status, Integer levelShown, int levelNeeded, LocalDate lapsesOn,
        Evidence basis) {

    /** The last day the level needed is shown, for "current until" on the profile; null when it is not shown. */
    public LocalDate currentUntil() {
        return status.holds() ? lapsesOn.minusDays(1) : null;
    }
}
