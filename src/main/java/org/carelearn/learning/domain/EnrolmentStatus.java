package org.carelearn.learning.domain;

/** Where an enrolment stands, as derived from its registration's statements. */
public enum EnrolmentStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    /** Every AU's moveOn criteria are met (the course's satisfied statement exists). */
    COMPLETED("Completed");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
