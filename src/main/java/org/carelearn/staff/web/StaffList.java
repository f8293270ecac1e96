package org.carelearn.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.Department;
import org.carelearn.staff.domain.JobRole;

/** admin/staff.xhtml: the whole directory in a lazy, filterable, sortable table. */
@Named
@ViewScoped
public class StaffList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Organisation organisation;

    private StaffLazyModel model;
    // Entities, which stay on the node that read them: after a fail-over the other node reads them again
    private transient List<Department> departments;
    private transient List<JobRole> jobRoles;

    @PostConstruct
    void init() {
        model = new StaffLazyModel(directory);
    }

    public StaffLazyModel getModel() {
        return model;
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = organisation.departments();
        }
        return departments;
    }

    public List<JobRole> getJobRoles() {
        if (jobRoles == null) {
            jobRoles = organisation.jobRoles();
        }
        return jobRoles;
    }
}
