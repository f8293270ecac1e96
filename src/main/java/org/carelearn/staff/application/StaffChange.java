package org.carelearn.staff.application;

import java.time.LocalDate;
import java.util.Set;
import org.carelearn.platform.security.Role;

/**
 * A staff member as an admin enters or edits them. Codes and ids are what people type; the service
 * resolves them and reports what does not exist.
 *
 * @param managerEmployeeId blank for nobody
 * @param username the account's user name; blank on create to use the lower-cased employee id
 * @param roles the account's roles; empty on create for {@link Role#LEARNER} alone
 */
public record StaffChange(String employeeId, String givenName, String familyName, String email,
        String departmentCode, String jobRoleCode, String managerEmployeeId, LocalDate hireDate, String username,
        Set<Role> roles) {
}
