package org.carelearn.competency.domain;

/** Where a person stands with one competency; in the order a manager acts on them, most urgent first. */
public enum CompetencyStatus {
    /** Once competent at the level needed, no longer: what showed it has lapsed. */
    EXPIRED("Expired"),
    /** Competent at the level needed, but what shows it lapses within the expiring window. */
    EXPIRING("Expiring"),
    /** Some evidence (a self-assessment, or a level below the one needed), not yet enough. */
    IN_PROGRESS("In progress"),
    NOT_STARTED("Not started"),
    /** Competent at the level needed or above, for longer than the expiring window. */
    COMPETENT("Competent");

    private final String label;

    CompetencyStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the person holds the level needed today (expiring still holds). */
    public boolean holds() {
        return this == COMPETENT || this == EXPIRING;
    }
}
