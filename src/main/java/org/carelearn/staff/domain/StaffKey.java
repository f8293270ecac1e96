package org.carelearn.staff.domain;

/** The facts that identify a staff member and place them in the manager chain, without the whole entity. */
public record StaffKey(String employeeId, String email, String managerEmployeeId, String departmentCode,
        String jobRoleCode, boolean active) {
}
