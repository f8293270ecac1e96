package org.carelearn.learning.domain;

/** Whether the learner must take the course (it was assigned) or chose it from the catalog. */
public enum Requirement {
    REQUIRED("Required"),
    OPTIONAL("Optional");

    private final String label;

    Requirement(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
