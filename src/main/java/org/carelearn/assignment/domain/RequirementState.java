package org.carelearn.assignment.domain;

/** Where a person stands with one required course. */
public enum RequirementState {
    /** To be taken (or taken again: a recertification round is open). */
    OPEN("Required"),
    /** Part of a curriculum with an unlock order: opens once the course before it is complete. */
    LOCKED("Locked"),
    /** Completed, and within its validity where it recertifies. */
    COMPLETED("Completed"),
    /** Not to be taken until a waiver's end date ({@link Waiver}): neither required nor overdue meanwhile. */
    WAIVED("Waived");

    private final String label;

    RequirementState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
