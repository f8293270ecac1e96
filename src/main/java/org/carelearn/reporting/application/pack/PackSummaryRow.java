package org.carelearn.reporting.application.pack;

/** One person of a built pack as its page (and the XLSX's summary sheet) lists them. */
public record PackSummaryRow(String employeeId, String displayName, String jobRoleTitle, int competenciesHeld,
        int competenciesNeeded, int trainingCompleted, int trainingRequired) implements java.io.Serializable {

    public static PackSummaryRow of(PackPerson p) {
        return new PackSummaryRow(p.employeeId(), p.displayName(), p.jobRoleTitle(), p.competenciesHeld(),
                p.competencies().size(), p.trainingCompleted(), p.training().size());
    }
}
