package org.carelearn.competency.domain;

/** Where a request for an observed validation is. */
public enum ValidationRequestState {
    /** Waiting in the worklists of the competency's approved validators. */
    OPEN("Waiting for a validator"),
    /** A validator observed the person; the request names the evidence. */
    VALIDATED("Validated"),
    /** Whoever asked, or the person, took it back. */
    WITHDRAWN("Withdrawn");

    private final String label;

    ValidationRequestState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
