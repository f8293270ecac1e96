package org.carelearn.assignment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A staff member as assignment sees them: where they sit in the organisation, which is all a rule's target
 * asks about. Read from staff's application service; assignment keeps no copy.
 *
 * @param managers the chain of managers' employee ids, the direct manager first
 */
public record Person(String employeeId, String displayName, String departmentCode, String jobRoleCode,
        List<String> managers, LocalDate hireDate, boolean active) {

    public Person {
        Objects.requireNonNull(employeeId);
        managers = List.copyOf(managers);
    }

    /** The direct manager's employee id, or null. */
    public String manager() {
        return managers.isEmpty() ? null : managers.get(0);
    }
}
