package org.carelearn.reporting.domain;

/** Where a survey-ready pack is: waiting for the builder, being built, ready to download, or failed. */
public enum PackStatus {
    WAITING("Waiting to be built"),
    BUILDING("Being built"),
    READY("Ready"),
    FAILED("Failed");

    private final String label;

    PackStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
