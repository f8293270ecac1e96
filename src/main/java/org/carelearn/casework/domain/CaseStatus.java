package org.carelearn.casework.domain;

/** Where a case stands. Every change is kept ({@link StatusChange}). */
public enum CaseStatus {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    INVESTIGATING("Investigating"),
    RESPONDED("Responded"),
    CLOSED("Closed"),
    REOPENED("Reopened");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Open cases are worked on; a closed one only reopens. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
