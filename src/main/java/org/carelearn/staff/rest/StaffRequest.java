package org.carelearn.staff.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.StaffChange;

/**
 * A staff member to add (POST) or the new state of one (PUT). On PUT, {@code version} must be the one
 * last read, so that two admins cannot overwrite each other's edits unknowingly.
 */
public record StaffRequest(
        @NotBlank @Size(max = 32) String employeeId,
        @NotBlank @Size(max = 80) String givenName,
        @NotBlank @Size(max = 80) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank String departmentCode,
        @NotBlank String jobRoleCode,
        String managerEmployeeId,
        @NotNull LocalDate hireDate,
        @Size(max = 64) String username,
        Set<Role> roles,
        Long version) {

    StaffChange toChange() {
        return new StaffChange(employeeId, givenName, familyName, email, departmentCode, jobRoleCode, managerEmployeeId,
                hireDate, username, roles);
    }
}
