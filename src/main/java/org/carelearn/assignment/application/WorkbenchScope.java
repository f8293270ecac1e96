package org.carelearn.assignment.application;

/**
 * Whose rows a workbench lists: a manager's line (everyone in active service anywhere below them) or, with no
 * manager, the whole hospital (the administrators' page).
 *
 * @param managerEmployeeId the manager, or null for the whole hospital
 */
public record WorkbenchScope(String managerEmployeeId) {

    public static WorkbenchScope hospital() {
        return new WorkbenchScope(null);
    }

    public static WorkbenchScope lineOf(String managerEmployeeId) {
        if (managerEmployeeId == null || managerEmployeeId.isBlank()) {
            throw new IllegalArgumentException("A line needs its manager");
        }
        return new WorkbenchScope(managerEmployeeId.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isHospital() {
        return managerEmployeeId == null;
    }
}
