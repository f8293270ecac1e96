package org.carelearn.assignment.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the workbench shows of its rows: the filters (state, course, department, job role, a name or employee
 * id) and the order. The page's table and its exports hand the same view to the database
 * ({@link WorkbenchStore}), so an export holds exactly the rows the page showed, every page of them. A blank
 * filter is no filter. {@link #apply} says the same in memory: the definition the database's answer is checked
 * against (WorkbenchQueryIT).
 */
public record WorkbenchView(WorkbenchState state, String courseIri, String department, String jobRole,
        String search, Sort sort, boolean ascending) {

    /** The orders the workbench offers; ties go by name, then course. */
    public enum Sort {
        NAME, DUE, STATE
    }

    public static final WorkbenchView ALL = new WorkbenchView(null, null, null, null, null, Sort.NAME, true);

    public WorkbenchView {
        courseIri = blankToNull(courseIri);
        department = blankToNull(department);
        jobRole = blankToNull(jobRole);
        search = blankToNull(search);
        sort = sort == null ? Sort.NAME : sort;
    }

    public List<WorkbenchRow> apply(List<WorkbenchRow> rows) {
        return rows.stream().filter(matching()).sorted(order()).toList();
    }

    private Predicate<WorkbenchRow> matching() {
        String wanted = search == null ? null : search.toLowerCase(Locale.ROOT);
        return row -> (state == null || row.state() == state)
                && (courseIri == null || courseIri.equals(row.courseIri()))
                && (department == null || department.equals(row.departmentName()))
                && (jobRole == null || jobRole.equals(row.jobRoleTitle()))
                && (wanted == null || row.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || row.employeeId().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private Comparator<WorkbenchRow> order() {
        Comparator<WorkbenchRow> byName = Comparator.comparing(WorkbenchRow::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(WorkbenchRow::employeeId)
                .thenComparing(row -> nullToEmpty(row.courseTitle()), String.CASE_INSENSITIVE_ORDER);
        Comparator<WorkbenchRow> first = switch (sort) {
            case NAME -> byName;
            // rows with no due date (completed for good, nothing assigned) come after every dated row
            case DUE -> Comparator.comparing(WorkbenchRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder()));
            case STATE -> Comparator.comparing(WorkbenchRow::state);
        };
        Comparator<WorkbenchRow> directed = ascending ? first : first.reversed();
        return sort == Sort.NAME ? directed : directed.thenComparing(byName);
    }

    /** The view as query parameters of an export's address (blank filters left out). */
    public String toQuery() {
        StringBuilder query = new StringBuilder("sort=").append(sort.name().toLowerCase(Locale.ROOT))
                .append("&order=").append(ascending ? "asc" : "desc");
        append(query, "state", state == null ? null : state.name());
        append(query, "course", courseIri);
        append(query, "department", department);
        append(query, "jobRole", jobRole);
        append(query, "q", search);
        return query.toString();
    }

    /** The view an export's address describes; anything unknown in it falls back to no filter, by name. */
    public static WorkbenchView fromQuery(Function<String, String> parameter) {
        return new WorkbenchView(parse(WorkbenchState.class, parameter.apply("state")), parameter.apply("course"),
                parameter.apply("department"), parameter.apply("jobRole"), parameter.apply("q"),
                parse(Sort.class, parameter.apply("sort")), !"desc".equalsIgnoreCase(parameter.apply("order")));
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
