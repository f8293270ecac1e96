package org.carelearn.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.domain.Department;
import org.carelearn.staff.domain.DepartmentRepository;
import org.carelearn.staff.domain.JobRole;
import org.carelearn.staff.domain.JobRoleRepository;
import org.carelearn.staff.domain.OrganisationChanged;
import org.carelearn.staff.domain.OrganisationChanged.Change;
import org.carelearn.staff.domain.OrganisationChanged.Unit;

/** The hospital's departments and job roles: the two lists every staff member is placed in. */
@ApplicationScoped
public class Organisation {

    @Inject
    private DepartmentRepository departments;

    @Inject
    private JobRoleRepository jobRoles;

    @Inject
    private Event<OrganisationChanged> changed;

    public List<Department> departments() {
        return departments.findAll();
    }

    public List<JobRole> jobRoles() {
        return jobRoles.findAll();
    }

    /** The active departments, for other contexts' forms (an assignment to a department), by name. */
    public List<OrgUnit> activeDepartments() {
        return departments.findAll().stream().filter(Department::isActive).map(d -> new OrgUnit(d.getCode(), d.getName()))
                .sorted(java.util.Comparator.comparing(OrgUnit::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The active job roles, for other contexts' forms (an assignment to a job role), by title. */
    public List<OrgUnit> activeJobRoles() {
        return jobRoles.findAll().stream().filter(JobRole::isActive).map(r -> new OrgUnit(r.getCode(), r.getTitle()))
                .sorted(java.util.Comparator.comparing(OrgUnit::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public Department addDepartment(Actor actor, String code, String name) {
        Department department = new Department(code, name);
        if (departments.findByCode(department.getCode()).isPresent()) {
            throw new BusinessRuleException("Department code " + department.getCode() + " is already in use");
        }
        departments.add(department);
        changed.fire(new OrganisationChanged(actor, Unit.DEPARTMENT, Change.ADDED, department.getCode(),
                department.getName()));
        return department;
    }

    @Transactional
    public Department renameDepartment(Actor actor, String code, String name) {
        Department department = department(code);
        String before = department.getName();
        department.rename(name);
        if (!before.equals(department.getName())) {
            changed.fire(new OrganisationChanged(actor, Unit.DEPARTMENT, Change.UPDATED, code,
                    "name: " + before + " -> " + department.getName()));
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
        changed.fire(new OrganisationChanged(actor, Unit.DEPARTMENT, active ? Change.REACTIVATED : Change.DEACTIVATED,
                code, department.getName()));
    }

    @Transactional
    public JobRole addJobRole(Actor actor, String code, String title) {
        JobRole jobRole = new JobRole(code, title);
        if (jobRoles.findByCode(jobRole.getCode()).isPresent()) {
            throw new BusinessRuleException("Job role code " + jobRole.getCode() + " is already in use");
        }
        jobRoles.add(jobRole);
        changed.fire(new OrganisationChanged(actor, Unit.JOB_ROLE, Change.ADDED, jobRole.getCode(), jobRole.getTitle()));
        return jobRole;
    }

    @Transactional
    public JobRole retitleJobRole(Actor actor, String code, String title) {
        JobRole jobRole = jobRole(code);
        String before = jobRole.getTitle();
        jobRole.retitle(title);
        if (!before.equals(jobRole.getTitle())) {
            changed.fire(new OrganisationChanged(actor, Unit.JOB_ROLE, Change.UPDATED, code,
                    "title: " + before + " -> " + jobRole.getTitle()));
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
        changed.fire(new OrganisationChanged(actor, Unit.JOB_ROLE, active ? Change.REACTIVATED : Change.DEACTIVATED,
                code, jobRole.getTitle()));
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
