package org.carelearn.casework.domain;

/**
 * The three domains of the HCAT coding taxonomy (Reader, Gillespie and Roberts, BMJ Quality and Safety 2014):
 * clinical problems, management problems and problems in relationships with staff.
 */
public enum CategoryDomain {
    CLINICAL("Clinical"),
    MANAGEMENT("Management"),
    RELATIONSHIPS("Relationships");

    private final String label;

    CategoryDomain(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
