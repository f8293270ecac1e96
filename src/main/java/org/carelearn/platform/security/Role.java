package org.carelearn.platform.security;

/**
 * The roles of a CareLearn account. One person may hold several (a nurse manager is also a learner).
 * The names are the role names of web.xml, the Elytron realm and {@code @RolesAllowed}.
 */
public enum Role {
    /** Takes courses and sees their own learning. */
    LEARNER("Learner"),
    /** Assigns training to their people and validates competencies observed on the job. */
    MANAGER("Manager"),
    /** Audits competency across departments. */
    LEADERSHIP("Leadership"),
    /** Runs CareLearn: the staff directory, accounts, imports, the audit trail. */
    ADMIN("Administrator"),
    /**
     * Records and works patients' complaints and grievances, and sees every case: the patient relations
     * department's liaisons and coordinators.
     */
    PATIENT_RELATIONS("Patient relations");

    public static final String LEARNER_NAME = "LEARNER";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String LEADERSHIP_NAME = "LEADERSHIP";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String PATIENT_RELATIONS_NAME = "PATIENT_RELATIONS";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** How pages name the role. */
    public String getLabel() {
        return label;
    }
}
