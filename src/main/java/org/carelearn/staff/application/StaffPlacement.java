package org.carelearn.staff.application;

import java.time.LocalDate;
import java.util.List;
import org.carelearn.staff.domain.StaffMember;

/**
 * Where a person sits in the hospital, by code, as rules that target departments, job roles and managers' lines
 * read it: no entity, and the chain of managers above them (nearest first).
 */
public record StaffPlacement(String employeeId, String displayName, String departmentCode, String jobRoleCode,
        List<String> managerChain, LocalDate hireDate, boolean active) {

    public StaffPlacement {
        managerChain = List.copyOf(managerChain);
    }

    /** The person as stored, with the managers above them (nearest first) as the caller read them. */
    static StaffPlacement of(StaffMember member, List<String> managerChain) {
        return new StaffPlacement(member.getEmployeeId(), member.getName().getDisplayName(),
                member.getDepartment().getCode(), member.getJobRole().getCode(), managerChain, member.getHireDate(),
                member.isActive());
    }
}
