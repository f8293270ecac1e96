package org.carelearn.casework.domain;

/**
 * Where in the patient's care the problem arose. The first five are HCAT's stages of care (Gillespie and Reader,
 * BMJ Quality and Safety 2016); the last two are this cancer center's outpatient treatment and the billing and
 * follow-up that come after care.
 */
public enum StageOfCare {
    ADMISSION("Admission and registration"),
    EXAMINATION_DIAGNOSIS("Examination and diagnosis"),
    CARE_ON_THE_WARD("Care on the ward"),
    OPERATION_PROCEDURE("Operation or procedure"),
    DISCHARGE_TRANSFER("Discharge or transfer"),
    OUTPATIENT_TREATMENT("Outpatient treatment (infusion, radiation, clinic)"),
    AFTER_CARE("After care: follow-up and billing");

    private final String label;

    StageOfCare(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
