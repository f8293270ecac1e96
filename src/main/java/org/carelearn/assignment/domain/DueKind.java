package org.carelearn.assignment.domain;

/** How a rule sets the day its training is due. */
public enum DueKind {
    /** No due date: required, but never overdue. */
    NONE("No due date"),
    FIXED_DATE("On a fixed date"),
    DAYS_AFTER_HIRE("Days after hire"),
    DAYS_AFTER_ASSIGNED("Days after it reaches the person");

    private final String label;

    DueKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
