package org.carelearn.staff.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    static StaffPlacement of(StaffMember member) {
        List<String> managers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(member.getEmployeeId());
        // A directory edited by hand could hold a loop of managers; the chain stops where it repeats.
        for (StaffMember m = member.getManager(); m != null && seen.add(m.getEmployeeId()); m = m.getManager()) {
            managers.add(m.getEmployeeId());
        }
        return new StaffPlacement(member.getEmployeeId(), member.getName().getDisplayName(),
                member.getDepartment().getCode(), member.getJobRole().getCode(), managers, member.getHireDate(),
                member.isActive());
    }
}
