package org.carelearn.assignment.domain;

/** Whom a rule reaches. Every kind is a standing rule: it applies to whoever matches, now and later. */
public enum TargetKind {
    PERSON("One person"),
    DIRECT_REPORTS("A manager's direct reports"),
    WHOLE_LINE("A manager's whole line"),
    DEPARTMENT("A department"),
    JOB_ROLE("A job role"),
    JOB_ROLE_IN_DEPARTMENT("A job role within a department");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
