package org.carelearn.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;

/**
 * Whom a rule reaches: a person, a manager's direct reports or whole line (every level below), a department,
 * a job role, or a job role within a department. Matched against a person's place in the organisation each
 * time it is evaluated, so it follows hires, transfers and role changes.
 */
@Embeddable
public class Target {

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_KIND", nullable = false, length = 32)
    private TargetKind kind;

    /**
     * The person, or the manager whose team or line it is; for a department or job role, the manager within
     * whose line the rule applies (a manager's rule), or null for the whole hospital (an administrator's).
     */
    @Column(name = "TARGET_EMPLOYEE_ID", length = 32)
    private String employeeId;

    @Column(name = "TARGET_DEPARTMENT", length = 32)
    private String departmentCode;

    @Column(name = "TARGET_JOB_ROLE", length = 32)
    private String jobRoleCode;

    protected Target() {
    }

    private Target(TargetKind kind, String employeeId, String departmentCode, String jobRoleCode) {
        this.kind = kind;
        this.employeeId = employeeId;
        this.departmentCode = departmentCode;
        this.jobRoleCode = jobRoleCode;
    }

    public static Target person(String employeeId) {
        return new Target(TargetKind.PERSON, required(employeeId, "the person's employee id"), null, null);
    }

    public static Target directReportsOf(String managerEmployeeId) {
        return new Target(TargetKind.DIRECT_REPORTS, required(managerEmployeeId, "the manager's employee id"), null,
                null);
    }

    public static Target lineOf(String managerEmployeeId) {
        return new Target(TargetKind.WHOLE_LINE, required(managerEmployeeId, "the manager's employee id"), null, null);
    }

    public static Target department(String departmentCode) {
        return new Target(TargetKind.DEPARTMENT, null, required(departmentCode, "the department"), null);
    }

    public static Target jobRole(String jobRoleCode) {
        return new Target(TargetKind.JOB_ROLE, null, null, required(jobRoleCode, "the job role"));
    }

    public static Target jobRoleInDepartment(String jobRoleCode, String departmentCode) {
        return new Target(TargetKind.JOB_ROLE_IN_DEPARTMENT, null, required(departmentCode, "the department"),
                required(jobRoleCode, "the job role"));
    }

    /** A target of this kind from what a form or an API sent; each kind needs its own fields. */
    public static Target of(TargetKind kind, String employeeId, String departmentCode, String jobRoleCode) {
        if (kind == null) {
            throw new BusinessRuleException("Choose whom the training is for: a person, a manager's team or line,"
                    + " a department or a job role");
        }
        return switch (kind) {
            case PERSON -> person(employeeId);
            case DIRECT_REPORTS -> directReportsOf(employeeId);
            case WHOLE_LINE -> lineOf(employeeId);
            case DEPARTMENT -> department(departmentCode);
            case JOB_ROLE -> jobRole(jobRoleCode);
            case JOB_ROLE_IN_DEPARTMENT -> jobRoleInDepartment(jobRoleCode, departmentCode);
        };
    }

    /**
     * This department or job role target, limited to the people anywhere below the manager: the form a
     * manager's rule of these kinds takes (see {@link ManagerAuthority}).
     */
    public Target withinLineOf(String managerEmployeeId) {
        if (kind == TargetKind.PERSON || kind == TargetKind.DIRECT_REPORTS || kind == TargetKind.WHOLE_LINE) {
            throw new IllegalStateException(kind + " names its person or manager already");
        }
        return new Target(kind, required(managerEmployeeId, "the manager's employee id"), departmentCode,
                jobRoleCode);
    }

    /** The manager within whose line a department or job role target applies; null for the whole hospital. */
    public String withinLineOfManager() {
        return kind == TargetKind.DEPARTMENT || kind == TargetKind.JOB_ROLE
                || kind == TargetKind.JOB_ROLE_IN_DEPARTMENT ? employeeId : null;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("Say whom the training is for: " + what + " is missing");
        }
        return value.strip();
    }

    /** Whether the rule applies to this person today; people out of active service are reached by none. */
    public boolean reaches(Person person) {
        if (!person.active()) {
            return false;
        }
        String within = withinLineOfManager();
        if (within != null && person.managers().stream().noneMatch(within::equalsIgnoreCase)) {
            return false;
        }
        return switch (kind) {
            case PERSON -> employeeId.equalsIgnoreCase(person.employeeId());
            case DIRECT_REPORTS -> employeeId.equalsIgnoreCase(String.valueOf(person.manager()));
            case WHOLE_LINE -> person.managers().stream().anyMatch(employeeId::equalsIgnoreCase);
            case DEPARTMENT -> departmentCode.equalsIgnoreCase(String.valueOf(person.departmentCode()));
            case JOB_ROLE -> jobRoleCode.equalsIgnoreCase(String.valueOf(person.jobRoleCode()));
            case JOB_ROLE_IN_DEPARTMENT -> jobRoleCode.equalsIgnoreCase(String.valueOf(person.jobRoleCode()))
                    && departmentCode.equalsIgnoreCase(String.valueOf(person.departmentCode()));
        };
    }

    /** "job role ONC-RN in department ONC", for lists and the audit trail. */
    public String describe() {
        String within = withinLineOfManager();
        return within == null ? describeKind() : describeKind() + " in the line of " + within;
    }

    private String describeKind() {
        return switch (kind) {
            case PERSON -> "person " + employeeId;
            case DIRECT_REPORTS -> "direct reports of " + employeeId;
            case WHOLE_LINE -> "whole line of " + employeeId;
            case DEPARTMENT -> "department " + departmentCode;
            case JOB_ROLE -> "job role " + jobRoleCode;
            case JOB_ROLE_IN_DEPARTMENT -> "job role " + jobRoleCode + " in department " + departmentCode;
        };
    }

    public TargetKind getKind() {
        return kind;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getJobRoleCode() {
        return jobRoleCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && kind == t.kind && Objects.equals(employeeId, t.employeeId)
                && Objects.equals(departmentCode, t.departmentCode) && Objects.equals(jobRoleCode, t.jobRoleCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, employeeId, departmentCode, jobRoleCode);
    }

    @Override
    public String toString() {
        return describe();
    }
}
