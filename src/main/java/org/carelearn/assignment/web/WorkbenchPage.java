package org.carelearn.assignment.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.assignment.application.Workbench;
import org.carelearn.assignment.application.WorkbenchListing;
import org.carelearn.assignment.application.WorkbenchScope;
import org.carelearn.assignment.application.WorkbenchState;
import org.carelearn.assignment.application.WorkbenchView;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * What the manager's workbench (team/index.xhtml) and the administrator's (admin/assignments.xhtml) share: the
 * filters and order the person chose, the table's pages (each read from the database as the table asks for it),
 * the filters' choices (read once per visit) and the export addresses of exactly that view.
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

    private transient List<Map.Entry<String, String>> courses;
    private transient List<String> departments;
    private transient List<String> jobRoles;
    private transient WorkbenchListing listing;
    private final WorkbenchModel model = new WorkbenchModel(this);

    /** Whose rows the page lists; empty for someone the page shows nobody to. */
    abstract Optional<WorkbenchScope> scope();

    /** The export's address after the context root, without the extension: "team/workbench". */
    protected abstract String exportPath();

    abstract Workbench workbench();

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
        return listing().map(WorkbenchListing::peopleToRemind).orElse(List.of());
    }

    /** The current view as listed: read once per view of a visit (its count, people and pages). */
    Optional<WorkbenchListing> listing() {
        WorkbenchView view = getView();
        if (listing == null || !listing.view().equals(view)) {
            listing = scope().map(s -> workbench().listing(s, view)).orElse(null);
        }
        return Optional.ofNullable(listing);
    }

    /**
     * Why "Remind everyone in this view" is switched off, in plain words shown beside it; null while it works. A
     * button that is off without saying why looks broken.
     */
    public String getNobodyToRemind() {
        WorkbenchView view = getView();
        boolean filtered = view.state() != null || view.courseIri() != null || view.department() != null
                || view.jobRole() != null || view.search() != null;
        return nobodyToRemind(!getPeopleToRemind().isEmpty(), filtered,
                listing().map(WorkbenchListing::count).orElse(0L));
    }

    /**
     * @param filtered whether the view has a filter or search
     * @param rowsInView how many rows the view lists
     */
    static String nobodyToRemind(boolean anyoneToRemind, boolean filtered, long rowsInView) {
        if (anyoneToRemind) {
            return null;
        }
        if (rowsInView == 0 && !filtered) {
            return "There is nobody on this workbench yet, so there is nobody to remind.";
        }
        if (rowsInView == 0) {
            return "No one matches these filters, so there is nobody to remind. Change or clear the filters.";
        }
        return "Nobody in this view has open training to be reminded of: everyone here has completed it, has it"
                + " waived, or has nothing assigned.";
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

    /** The courses required of anyone in scope, by title (read once per visit). */
    public List<Map.Entry<String, String>> getCourses() {
        if (courses == null) {
            courses = scope().map(s -> workbench().courses(s)).orElse(List.of());
        }
        return courses;
    }

    public List<String> getDepartments() {
        if (departments == null) {
            readPlaces();
        }
        return departments;
    }

    public List<String> getJobRoles() {
        if (jobRoles == null) {
            readPlaces();
        }
        return jobRoles;
    }

    /** The departments and job roles of the scope: from the current listing when it holds everyone, else read. */
    private void readPlaces() {
        List<List<String>> fromListing = listing().map(Workbench::choicesOf).orElse(null);
        if (fromListing != null) {
            departments = fromListing.get(0);
            jobRoles = fromListing.get(1);
        } else {
            departments = scope().map(s -> workbench().departments(s)).orElse(List.of());
            jobRoles = scope().map(s -> workbench().jobRoles(s)).orElse(List.of());
        }
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
