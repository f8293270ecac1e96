package org.carelearn.assignment.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.carelearn.assignment.application.Workbench;
import org.carelearn.assignment.application.WorkbenchRow;
import org.carelearn.assignment.application.WorkbenchState;
import org.carelearn.assignment.application.WorkbenchView;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * What the manager's workbench (team/index.xhtml) and the administrator's (admin/assignments.xhtml) share: the
 * rows, read once per view, the filters and order the person chose, the table's pages and the export addresses
 * of exactly that view.
 */
public abstract class WorkbenchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private WorkbenchState state;
    private String course;
    private String department;
    private String jobRole;
    private String search;
    private WorkbenchView.Sort sort = WorkbenchView.Sort.NAME;
    private boolean ascending = true;

    private transient List<WorkbenchRow> rows;
    private transient List<Map.Entry<String, String>> courses;
    private transient List<String> departments;
    private transient List<String> jobRoles;
    private final WorkbenchModel model = new WorkbenchModel(this);

    /** Every row in the page's scope, unfiltered. */
    protected abstract List<WorkbenchRow> read();

    /** The export's address after the context root, without the extension: "team/workbench". */
    protected abstract String exportPath();

    List<WorkbenchRow> rows() {
        if (rows == null) {
            rows = read();
            courses = Workbench.courses(rows);
            departments = Workbench.distinct(rows, WorkbenchRow::departmentName);
            jobRoles = Workbench.distinct(rows, WorkbenchRow::jobRoleTitle);
        }
        return rows;
    }

    /** The view the filters describe now. */
    public WorkbenchView getView() {
        return new WorkbenchView(state, course, department, jobRole, search, sort, ascending);
    }

    /** After a filter or the order changed: back to the first page of what now matches. */
    public void filter() {
        DataTable table = Components.findComponent("workbench:rows");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /**
     * The people of the current view (its search and filters, every page) who still have training to do (not
     * completed, not waived): whom "Remind everyone in this view" writes to.
     */
    public List<String> getPeopleToRemind() {
        return getView().apply(rows()).stream().filter(WorkbenchPage::toBeReminded)
                .map(WorkbenchRow::employeeId).distinct().toList();
    }

    /**
     * Why "Remind everyone in this view" is switched off, in plain words shown beside it; null while it works. A
     * button that is off without saying why looks broken.
     */
    public String getNobodyToRemind() {
        return nobodyToRemind(rows(), getView().apply(rows()));
    }

    /** @param all every row of the page's scope; {@code view} those the filters leave */
    static String nobodyToRemind(List<WorkbenchRow> all, List<WorkbenchRow> view) {
        if (view.stream().anyMatch(WorkbenchPage::toBeReminded)) {
            return null;
        }
        if (all.isEmpty()) {
            return "There is nobody on this workbench yet, so there is nobody to remind.";
        }
        if (view.isEmpty()) {
            return "No one matches these filters, so there is nobody to remind. Change or clear the filters.";
        }
        return "Nobody in this view has open training to be reminded of: everyone here has completed it, has it"
                + " waived, or has nothing assigned.";
    }

    /** Training still to do: not completed, not waived. */
    private static boolean toBeReminded(WorkbenchRow row) {
        return row.state() != WorkbenchState.COMPLETED && row.state() != WorkbenchState.WAIVED
                && row.state() != WorkbenchState.NONE_ASSIGNED;
    }

    public String exportAddress(String extension) {
        return exportPath() + "." + extension + "?" + getView().toQuery();
    }

    public WorkbenchModel getModel() {
        return model;
    }

    public WorkbenchState[] getStates() {
        return WorkbenchState.values();
    }

    public WorkbenchView.Sort[] getSorts() {
        return WorkbenchView.Sort.values();
    }

    /** The courses required of anyone in scope, by title (read with the rows, once). */
    public List<Map.Entry<String, String>> getCourses() {
        rows();
        return courses;
    }

    public List<String> getDepartments() {
        rows();
        return departments;
    }

    public List<String> getJobRoles() {
        rows();
        return jobRoles;
    }

    /** "Name", "Due date", "State": how the order menu names each sort. */
    public String sortLabel(WorkbenchView.Sort value) {
        return switch (value) {
            case NAME -> "Name";
            case DUE -> "Due date";
            case STATE -> "State (most urgent first)";
        };
    }

    public WorkbenchState getState() {
        return state;
    }

    public void setState(WorkbenchState state) {
        this.state = state;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getJobRole() {
        return jobRole;
    }

    public void setJobRole(String jobRole) {
        this.jobRole = jobRole;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public WorkbenchView.Sort getSort() {
        return sort;
    }

    public void setSort(WorkbenchView.Sort sort) {
        this.sort = sort == null ? WorkbenchView.Sort.NAME : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
