package org.carelearn.staff.rest;

import java.time.LocalDate;
import java.util.Set;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.StaffMember;

/** A staff member as the REST API shows them, with their account's user name and roles. */
public record StaffMemberDto(String employeeId, String givenName, String familyName, String email,
        String departmentCode, String departmentName, String jobRoleCode, String jobRoleTitle,
        String managerEmployeeId, LocalDate hireDate, boolean active, long version, String username,
        Set<Role> roles) {

    static StaffMemberDto of(StaffMember member, Account account) {
        return new StaffMemberDto(member.getEmployeeId(), member.getName().getGivenName(),
                member.getName().getFamilyName(), member.getEmail(), member.getDepartment().getCode(),
                member.getDepartment().getName(), member.getJobRole().getCode(), member.getJobRole().getTitle(),
                member.getManager() == null ? null : member.getManager().getEmployeeId(), member.getHireDate(),
                member.isActive(), member.getVersion(), account == null ? null : account.getUsername(),
                account == null ? Set.of() : Set.copyOf(account.getRoles()));
    }
}
