package org.carelearn.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.domain.Department;
import org.carelearn.staff.domain.DepartmentRepository;
import org.carelearn.staff.domain.JobRole;
import org.carelearn.staff.domain.JobRoleRepository;

/** The hospital's departments and job roles: the two lists every staff member is placed in. */
@ApplicationScoped
public class Organisation {

    @Inject
    private DepartmentRepository departments;

    @Inject
    private JobRoleRepository jobRoles;

    @Inject
    private AuditTrail audit;

    public List<Department> departments() {
        return departments.findAll();
    }

    public List<JobRole> jobRoles() {
        return jobRoles.findAll();
    }

    @Transactional
    public Department addDepartment(Actor actor, String code, String name) {
        Department department = new Department(code, name);
        if (departments.findByCode(department.getCode()).isPresent()) {
            throw new BusinessRuleException("Department code " + department.getCode() + " is already in use");
        }
        departments.add(department);
        audit.record(actor, AuditAction.DEPARTMENT_CREATED, AuditTarget.department(department.getCode()),
                department.getName());
        return department;
    }

    @Transactional
    public Department renameDepartment(Actor actor, String code, String name) {
        Department department = department(code);
        String before = department.getName();
        department.rename(name);
        if (!before.equals(department.getName())) {
            audit.record(actor, AuditAction.DEPARTMENT_UPDATED, AuditTarget.department(code),
                    "name: " + before + " -> " + department.getName());
        }
        return department;
    }

    @Transactional
    public void setDepartmentActive(Actor actor, String code, boolean active) {
        Department department = department(code);
        if (department.isActive() == active) {
            return;
        }
        if (active) {
            department.reactivate();
        } else {
            department.deactivate();
        }
        audit.record(actor, active ? AuditAction.DEPARTMENT_REACTIVATED : AuditAction.DEPARTMENT_DEACTIVATED,
                AuditTarget.department(code), department.getName());
    }

    @Transactional
    public JobRole addJobRole(Actor actor, String code, String title) {
        JobRole jobRole = new JobRole(code, title);
        if (jobRoles.findByCode(jobRole.getCode()).isPresent()) {
            throw new BusinessRuleException("Job role code " + jobRole.getCode() + " is already in use");
        }
        jobRoles.add(jobRole);
        audit.record(actor, AuditAction.JOB_ROLE_CREATED, AuditTarget.jobRole(jobRole.getCode()), jobRole.getTitle());
        return jobRole;
    }

    @Transactional
    public JobRole retitleJobRole(Actor actor, String code, String title) {
        JobRole jobRole = jobRole(code);
        String before = jobRole.getTitle();
        jobRole.retitle(title);
        if (!before.equals(jobRole.getTitle())) {
            audit.record(actor, AuditAction.JOB_ROLE_UPDATED, AuditTarget.jobRole(code),
                    "title: " + before + " -> " + jobRole.getTitle());
        }
        return jobRole;
    }

    @Transactional
    public void setJobRoleActive(Actor actor, String code, boolean active) {
        JobRole jobRole = jobRole(code);
        if (jobRole.isActive() == active) {
            return;
        }
        if (active) {
            jobRole.reactivate();
        } else {
            jobRole.deactivate();
        }
        audit.record(actor, active ? AuditAction.JOB_ROLE_REACTIVATED : AuditAction.JOB_ROLE_DEACTIVATED,
                AuditTarget.jobRole(code), jobRole.getTitle());
    }

    Department department(String code) {
        return departments.findByCode(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No department with code " + code));
    }

    JobRole jobRole(String code) {
        return jobRoles.findByCode(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No job role with code " + code));
    }
}
