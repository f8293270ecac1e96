package org.carelearn.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.StaffChange;
import org.carelearn.staff.domain.StaffMember;

/** The fields of the staff member form, as the admin types them. */
public class StaffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String employeeId;
    private String givenName;
    private String familyName;
    private String email;
    private String departmentCode;
    private String jobRoleCode;
    /** "E1234 Ana Ruiz" as picked from the suggestions, or a bare employee id. */
    private String manager;
    private LocalDate hireDate;
    private String username;
    /** An array, so that Faces converts the checkboxes to the enum without a converter. */
    private Role[] roles = {Role.LEARNER};

    void fill(StaffMember member) {
        employeeId = member.getEmployeeId();
        givenName = member.getName().getGivenName();
        familyName = member.getName().getFamilyName();
        email = member.getEmail();
        departmentCode = member.getDepartment().getCode();
        jobRoleCode = member.getJobRole().getCode();
        StaffMember boss = member.getManager();
        manager = boss == null ? null : boss.getEmployeeId() + " " + boss.getName().getDisplayName();
        hireDate = member.getHireDate();
    }

    StaffChange toChange(String id) {
        Set<Role> chosen = roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
        return new StaffChange(id, givenName, familyName, email, departmentCode, jobRoleCode, managerEmployeeId(),
                hireDate, username, chosen);
    }

    /** The employee id at the start of the manager field. */
    String managerEmployeeId() {
        if (manager == null || manager.isBlank()) {
            return null;
        }
        return manager.strip().split("\\s+", 2)[0];
    }

    void grant(Set<Role> granted) {
        this.roles = granted.toArray(Role[]::new);
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(String employeeId) {
        this.employeeId = employeeId;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getJobRoleCode() {
        return jobRoleCode;
    }

    public void setJobRoleCode(String jobRoleCode) {
        this.jobRoleCode = jobRoleCode;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
