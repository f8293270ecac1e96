package org.carelearn.assignment.web;

import java.util.List;
import java.util.Map;
import org.carelearn.assignment.application.WorkbenchRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The workbench table's pages: the page's filters and order (chosen above the table, not in its columns) handed to
 * the database, which counts what matches and returns one page of it at a time.
 */
public class WorkbenchModel extends LazyDataModel<WorkbenchRow> {

    private static final long serialVersionUID = 1L;

    private final WorkbenchPage page;
    private transient List<WorkbenchRow> shown = List.of();

    WorkbenchModel(WorkbenchPage page) {
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return page.listing().map(l -> (int) Math.min(Integer.MAX_VALUE, l.count())).orElse(0);
    }

    @Override
    public List<WorkbenchRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        shown = page.listing().map(l -> l.page(first, pageSize)).orElse(List.of());
        return shown;
    }

    @Override
    public String getRowKey(WorkbenchRow row) {
        return row.employeeId() + "|" + (row.courseIri() == null ? "" : row.courseIri());
    }

    @Override
    public WorkbenchRow getRowData(String rowKey) {
        return shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
