package org.carelearn.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.application.Organisation;
import org.omnifaces.util.Messages;
import org.primefaces.event.RowEditEvent;

/** admin/organisation.xhtml: the departments and job roles, added, renamed and (de)activated in place. */
@Named
@ViewScoped
public class ManageOrganisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Organisation organisation;

    @Inject
    private CurrentActor currentActor;

    private List<CodedRow> departments;
    private List<CodedRow> jobRoles;
    private final CodedRow newDepartment = new CodedRow();
    private final CodedRow newJobRole = new CodedRow();

    @PostConstruct
    void load() {
        departments = organisation.departments().stream()
                .map(d -> new CodedRow(d.getCode(), d.getName(), d.isActive())).toList();
        jobRoles = organisation.jobRoles().stream()
                .map(r -> new CodedRow(r.getCode(), r.getTitle(), r.isActive())).toList();
    }

    public void addDepartment() {
        if (attempt(() -> organisation.addDepartment(currentActor.get(), newDepartment.getCode(), newDepartment.getLabel()),
                "Department " + newDepartment.getCode() + " added.")) {
            newDepartment.clear();
        }
    }

    public void addJobRole() {
        if (attempt(() -> organisation.addJobRole(currentActor.get(), newJobRole.getCode(), newJobRole.getLabel()),
                "Job role " + newJobRole.getCode() + " added.")) {
            newJobRole.clear();
        }
    }

    public void renameDepartment(RowEditEvent<CodedRow> event) {
        CodedRow row = event.getObject();
        attempt(() -> organisation.renameDepartment(currentActor.get(), row.getCode(), row.getLabel()), "Saved " + row.getCode() + ".");
    }

    public void retitleJobRole(RowEditEvent<CodedRow> event) {
        CodedRow row = event.getObject();
        attempt(() -> organisation.retitleJobRole(currentActor.get(), row.getCode(), row.getLabel()), "Saved " + row.getCode() + ".");
    }

    public void toggleDepartment(CodedRow row) {
        attempt(() -> organisation.setDepartmentActive(currentActor.get(), row.getCode(), !row.isActive()),
                row.getCode() + (row.isActive() ? " deactivated." : " reactivated."));
    }

    public void toggleJobRole(CodedRow row) {
        attempt(() -> organisation.setJobRoleActive(currentActor.get(), row.getCode(), !row.isActive()),
                row.getCode() + (row.isActive() ? " deactivated." : " reactivated."));
    }

    /** Runs a change, reloads the lists (a refused change shows the stored values again), reports. */
    private boolean attempt(Runnable change, String done) {
        try {
            change.run();
            Messages.addGlobalInfo(done);
            return true;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return false;
        } finally {
            load();
        }
    }

    public List<CodedRow> getDepartments() {
        return departments;
    }

    public List<CodedRow> getJobRoles() {
        return jobRoles;
    }

    public CodedRow getNewDepartment() {
        return newDepartment;
    }

    public CodedRow getNewJobRole() {
        return newJobRole;
    }

    /** A department or job role as a table row: its code, its name or title, whether it is active. */
    public static class CodedRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String label;
        private boolean active;

        public CodedRow() {
        }

        CodedRow(String code, String label, boolean active) {
            this.code = code;
            this.label = label;
            this.active = active;
        }

        void clear() {
            code = null;
            label = null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isActive() {
            return active;
        }
    }
}
