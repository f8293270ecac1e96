package org.carelearn.staff.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.carelearn.staff.domain.StaffMember;

/**
 * A staff member as other contexts' pages show them: names and placement, no entity. What crosses out of
 * staff where a page lists or names people.
 */
public record StaffPerson(String employeeId, String displayName, String sortName, String jobRoleTitle,
        String departmentName, LocalDate hireDate, String email, boolean active) implements Serializable {

    static StaffPerson of(StaffMember member) {
        return new StaffPerson(member.getEmployeeId(), member.getName().getDisplayName(),
                member.getName().getSortName(), member.getJobRole().getTitle(), member.getDepartment().getName(),
                member.getHireDate(), member.getEmail(), member.isActive());
    }
}
