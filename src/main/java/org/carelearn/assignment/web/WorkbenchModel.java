package org.carelearn.assignment.web;

import java.util.List;
import java.util.Map;
import org.carelearn.assignment.application.WorkbenchRow;
import org.carelearn.assignment.application.WorkbenchView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The workbench table's pages: the page's filters and order (chosen above the table, not in its columns)
 * applied to the rows read for the view, one page handed to the table at a time.
 */
public class WorkbenchModel extends LazyDataModel<WorkbenchRow> {

    private static final long serialVersionUID = 1L;

    private final WorkbenchPage page;
    private transient WorkbenchView appliedView;
    private transient List<WorkbenchRow> matching;

    WorkbenchModel(WorkbenchPage page) {
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return matching().size();
    }

    @Override
    public List<WorkbenchRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        List<WorkbenchRow> all = matching();
        int from = Math.min(first, all.size());
        return all.subList(from, Math.min(all.size(), from + pageSize));
    }

    @Override
    public String getRowKey(WorkbenchRow row) {
        return row.employeeId() + "|" + (row.courseIri() == null ? "" : row.courseIri());
    }

    @Override
    public WorkbenchRow getRowData(String rowKey) {
        return matching().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    /** The rows the view shows, filtered and ordered once per change of the view. */
    private List<WorkbenchRow> matching() {
        WorkbenchView view = page.getView();
        if (matching == null || !view.equals(appliedView)) {
            matching = view.apply(page.rows());
            appliedView = view;
        }
        return matching;
    }
}
