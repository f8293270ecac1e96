package org.carelearn.staff.application.hrfeed;

/**
 * One data row of the feed as text, with the line it started on (line 1 is the header), so that every
 * message can point the admin at the line to fix.
 */
public record HrRow(long line, String employeeId, String givenName, String familyName, String email,
        String departmentCode, String jobRoleCode, String managerEmployeeId, String hireDate, String active,
        String username) {
}
