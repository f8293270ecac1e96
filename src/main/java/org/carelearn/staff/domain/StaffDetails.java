package org.carelearn.staff.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;

/**
 * Everything about a staff member that an edit or the HR feed may change (not the employee id, the
 * manager or the active flag, which have rules of their own).
 */
public record StaffDetails(PersonName name, String email, Department department, JobRole jobRole,
        LocalDate hireDate) {

    public StaffDetails {
        Objects.requireNonNull(name, "name");
        email = EmailAddress.normalize(email);
        if (department == null) {
            throw new BusinessRuleException("Department is required");
        }
        if (jobRole == null) {
            throw new BusinessRuleException("Job role is required");
        }
        if (hireDate == null) {
            throw new BusinessRuleException("Hire date is required");
        }
    }
}
