package org.carelearn.casework.domain;

/** Who raised the case: the patient, or someone on their behalf. */
public enum RaisedBy {
    PATIENT("Patient"),
    FAMILY_MEMBER("Family member"),
    REPRESENTATIVE("Patient's representative");

    private final String label;

    RaisedBy(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
