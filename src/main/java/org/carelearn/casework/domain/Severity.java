package org.carelearn.casework.domain;

/**
 * How severe the problem was, on HCAT's three grades (Gillespie and Reader, BMJ Quality and Safety 2016: each
 * problem is rated low, medium or high against descriptors of its category).
 */
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
