package org.carelearn.staff.web;

import java.util.List;
import java.util.Map;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The staff table's pages, loaded from the directory as the admin filters, sorts and pages. */
public class StaffLazyModel extends LazyDataModel<StaffMember> {

    private static final long serialVersionUID = 1L;

    private final StaffDirectory directory;

    StaffLazyModel(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) directory.count(search(Map.of(), filterBy));
    }

    @Override
    public List<StaffMember> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return directory.search(search(sortBy, filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(StaffMember member) {
        return member.getEmployeeId();
    }

    @Override
    public StaffMember getRowData(String rowKey) {
        return directory.find(rowKey).orElse(null);
    }

    /** Column field names of admin/staff.xhtml, turned into a typed search. */
    static StaffSearch search(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        StaffSearch.Sort sort = StaffSearch.Sort.NAME;
        boolean ascending = true;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            sort = switch (meta.getField()) {
                case "employeeId" -> StaffSearch.Sort.EMPLOYEE_ID;
                case "email" -> StaffSearch.Sort.EMAIL;
                case "department" -> StaffSearch.Sort.DEPARTMENT;
                case "jobRole" -> StaffSearch.Sort.JOB_ROLE;
                case "hireDate" -> StaffSearch.Sort.HIRE_DATE;
                default -> StaffSearch.Sort.NAME;
            };
            ascending = meta.getOrder() == SortOrder.ASCENDING;
            break;
        }
        return new StaffSearch(text(filterBy, "employeeId"), text(filterBy, "name"), text(filterBy, "email"),
                text(filterBy, "department"), text(filterBy, "jobRole"), active(filterBy), sort, ascending);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Boolean active(Map<String, FilterMeta> filterBy) {
        String value = text(filterBy, "active");
        return value == null ? null : Boolean.valueOf(value);
    }
}
