package org.carelearn.catalog.domain;

/**
 * Where a course stands in the learners' catalog. Only an offered course can be chosen by staff themselves;
 * one not offered can still be required of people; a retired one takes nobody new, while everyone already
 * enrolled keeps it and every record of it stays.
 */
public enum CourseAvailability {
    OFFERED("Offered"),
    NOT_OFFERED("Not offered"),
    RETIRED("Retired");

    private final String label;

    CourseAvailability(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
