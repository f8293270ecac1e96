package org.carelearn.competency.application;

import java.util.Locale;

/**
 * One cell of the manager's grid as the page writes it, worked out once in Java: the grid of 25 people and 40
 * competencies is 1,000 cells, and an EL expression calling a method with an argument per detail of each cell was
 * most of the page's time (CompetencyBench, README "Benchmarks").
 *
 * @param styleClass the status badge's CSS class (its colour, always beside its words), or null for no standing
 * @param levels "2 of 3", "none of 2"
 */
public record GridCell(String competencyIdentifier, String styleClass, String statusLabel, String levels) {

    static GridCell of(String competencyIdentifier, StandingRow row) {
        if (row == null) {
            return new GridCell(competencyIdentifier, null, null, null);
        }
        return new GridCell(competencyIdentifier, "competency-badge competency-"
                + row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), row.status().getLabel(),
                (row.levelShown() == null ? "none" : row.levelShown()) + " of " + row.levelNeeded());
    }

    /** Whether the person has a standing with the competency (none yet: an empty cell). */
    public boolean isShown() {
        return styleClass != null;
    }
}
