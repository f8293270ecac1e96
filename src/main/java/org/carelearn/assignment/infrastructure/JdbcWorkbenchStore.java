package org.carelearn.assignment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.carelearn.assignment.application.WorkbenchListing;
import org.carelearn.assignment.application.WorkbenchRow;
import org.carelearn.assignment.application.WorkbenchScope;
import org.carelearn.assignment.application.WorkbenchState;
import org.carelearn.assignment.application.WorkbenchStore;
import org.carelearn.assignment.application.WorkbenchView;

/**
 * The workbench's read model in plain JDBC: scalar columns only (no entity, nothing for a persistence context to
 * track), statements made of fixed fragments with every value bound as a parameter, and the state of the day
 * computed by the database from {@link WorkbenchState#sqlCase}. The connection is the container's, so writes
 * join the caller's transaction.
 */
@ApplicationScoped
public class JdbcWorkbenchStore implements WorkbenchStore {

    private static final String ROWS = "ASSIGNMENT_WORKBENCH_ROW";
    private static final String PEOPLE = "ASSIGNMENT_WORKBENCH_PERSON";
    /** How long the filters' choices of a scope are kept when nothing is written here meanwhile. */
    private static final long CHOICES_MILLIS = 60_000;
    private static final int BATCH = 500;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    /** Counts the writes here: course choices read before the latest write are read again. */
    private final AtomicLong generation = new AtomicLong();
    private final Map<WorkbenchScope, CourseChoices> courseChoices = new ConcurrentHashMap<>();

    @Override
    public void replace(Collection<String> employeeIds, List<WorkbenchRow> rows,
            Map<String, List<String>> managersAbove) {
        forgetChoices();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forgetRows = connection.prepareStatement("DELETE FROM " + ROWS
                        + " WHERE EMPLOYEE_ID = ?");
                PreparedStatement forgetLine = connection.prepareStatement(
                        "DELETE FROM ASSIGNMENT_WORKBENCH_LINE WHERE EMPLOYEE_ID = ?");
                PreparedStatement forgetPerson = connection.prepareStatement(
                        "DELETE FROM " + PEOPLE + " WHERE EMPLOYEE_ID = ?");
                PreparedStatement addPerson = connection.prepareStatement("INSERT INTO " + PEOPLE + " (EMPLOYEE_ID,"
                        + " SORT_NAME, DEPARTMENT_NAME, JOB_ROLE_TITLE, ROW_COUNT, OPEN_COUNT) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement addRow = connection.prepareStatement("INSERT INTO " + ROWS + " (EMPLOYEE_ID,"
                        + " SORT_NAME, DEPARTMENT_NAME, JOB_ROLE_TITLE, COURSE_IRI, COURSE_TITLE, STANDING, DUE_ON,"
                        + " LAST_COMPLETED_ON, PROGRESS, RULES) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement addLine = connection.prepareStatement(
                        "INSERT INTO ASSIGNMENT_WORKBENCH_LINE (MANAGER_ID, EMPLOYEE_ID) VALUES (?, ?)")) {
            Map<String, List<String>> before = managersAbove(connection, managersAbove.keySet());
            int pending = 0;
            for (String employeeId : employeeIds) {
                forgetRows.setString(1, employeeId);
                forgetRows.addBatch();
                forgetLine.setString(1, employeeId);
                forgetLine.addBatch();
                forgetPerson.setString(1, employeeId);
                forgetPerson.addBatch();
            }
            forgetRows.executeBatch();
            forgetLine.executeBatch();
            forgetPerson.executeBatch();
            Map<String, List<WorkbenchRow>> byPerson = new LinkedHashMap<>();
            rows.forEach(row -> byPerson.computeIfAbsent(row.employeeId(), id -> new ArrayList<>()).add(row));
            for (List<WorkbenchRow> theirs : byPerson.values()) {
                WorkbenchRow one = theirs.get(0);
                addPerson.setString(1, one.employeeId());
                addPerson.setString(2, one.name());
                addPerson.setString(3, one.departmentName());
                addPerson.setString(4, one.jobRoleTitle());
                addPerson.setInt(5, theirs.size());
                addPerson.setInt(6, (int) theirs.stream().filter(r -> isOpen(r.state())).count());
                addPerson.addBatch();
            }
            addPerson.executeBatch();
            for (WorkbenchRow row : rows) {
                addRow.setString(1, row.employeeId());
                addRow.setString(2, row.name());
                addRow.setString(3, row.departmentName());
                addRow.setString(4, row.jobRoleTitle());
                addRow.setString(5, row.courseIri());
                addRow.setString(6, row.courseTitle());
                addRow.setString(7, row.state().name());
                setDate(addRow, 8, row.dueOn());
                setDate(addRow, 9, row.lastCompletedOn());
                addRow.setInt(10, row.progress());
                addRow.setString(11, clip(row.rules(), 4000));
                addRow.addBatch();
                if (++pending % BATCH == 0) {
                    addRow.executeBatch();
                }
            }
            addRow.executeBatch();
            for (Map.Entry<String, List<String>> person : managersAbove.entrySet()) {
                for (String manager : person.getValue().stream().distinct().toList()) {
                    addLine.setString(1, manager);
                    addLine.setString(2, person.getKey());
                    addLine.addBatch();
                }
            }
            addLine.executeBatch();
            moveTheirLines(connection, employeeIds, before, managersAbove);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the workbench rows of " + employeeIds.size() + " people", e);
        }
    }

    /** The managers above each of these people as the line table holds them now. */
    private static Map<String, List<String>> managersAbove(Connection connection, Collection<String> employeeIds)
            throws SQLException {
        Map<String, List<String>> above = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MANAGER_ID FROM ASSIGNMENT_WORKBENCH_LINE WHERE EMPLOYEE_ID = ?")) {
            for (String employeeId : employeeIds) {
                select.setString(1, employeeId);
                List<String> managers = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        managers.add(row.getString(1));
                    }
                }
                above.put(employeeId, managers);
            }
        }
        return above;
    }

    /**
     * Someone who moved takes the people below them along: staff says only that this person moved, yet everyone
     * below them now has other managers above. For each person below (not written in this same call), the managers
     * the mover no longer has go and the ones they now have come.
     */
    private static void moveTheirLines(Connection connection, Collection<String> written,
            Map<String, List<String>> before, Map<String, List<String>> after) throws SQLException {
        try (PreparedStatement below = connection.prepareStatement(
                "SELECT EMPLOYEE_ID FROM ASSIGNMENT_WORKBENCH_LINE WHERE MANAGER_ID = ?");
                PreparedStatement drop = connection.prepareStatement(
                        "DELETE FROM ASSIGNMENT_WORKBENCH_LINE WHERE MANAGER_ID = ? AND EMPLOYEE_ID = ?");
                PreparedStatement add = connection.prepareStatement("INSERT INTO ASSIGNMENT_WORKBENCH_LINE"
                        + " (MANAGER_ID, EMPLOYEE_ID) SELECT CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(32))"
                        + " FROM (VALUES (1)) AS ONE (X) WHERE NOT EXISTS (SELECT 1 FROM ASSIGNMENT_WORKBENCH_LINE"
                        + " WHERE MANAGER_ID = ? AND EMPLOYEE_ID = ?)")) {
            for (Map.Entry<String, List<String>> mover : after.entrySet()) {
                List<String> was = before.getOrDefault(mover.getKey(), List.of());
                List<String> gone = was.stream().filter(m -> !mover.getValue().contains(m)).toList();
                List<String> come = mover.getValue().stream().filter(m -> !was.contains(m)).distinct().toList();
                if (was.isEmpty() || gone.isEmpty() && come.isEmpty()) {
                    continue;
                }
                List<String> theirs = new ArrayList<>();
                below.setString(1, mover.getKey());
                try (ResultSet row = below.executeQuery()) {
                    while (row.next()) {
                        if (!written.contains(row.getString(1))) {
                            theirs.add(row.getString(1));
                        }
                    }
                }
                for (String person : theirs) {
                    for (String manager : gone) {
                        drop.setString(1, manager);
                        drop.setString(2, person);
                        drop.addBatch();
                    }
                    for (String manager : come) {
                        add.setString(1, manager);
                        add.setString(2, person);
                        add.setString(3, manager);
                        add.setString(4, person);
                        add.addBatch();
                    }
                }
                drop.executeBatch();
                add.executeBatch();
            }
        }
    }

    @Override
    public void forgetChoices() {
        generation.incrementAndGet();
        if (courseChoices.size() > 1_000) {
            courseChoices.clear();
        }
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT EMPLOYEE_ID FROM " + ROWS + " FETCH FIRST 1 ROWS ONLY");
                ResultSet found = select.executeQuery()) {
            return !found.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the workbench rows", e);
        }
    }

    @Override
    public long count(WorkbenchScope scope, WorkbenchView view, LocalDate today) {
        if (byPersonOnly(view)) {
            Select people = Select.people(scope, view);
            return query("SELECT COALESCE(SUM(r.ROW_COUNT), 0)" + people.from(), people.parameters,
                    row -> row.getLong(1)).get(0);
        }
        Select select = new Select(scope, view, today);
        return query("SELECT COUNT(*)" + select.from(), select.parameters, row -> row.getLong(1)).get(0);
    }

    @Override
    public List<WorkbenchRow> rows(WorkbenchScope scope, WorkbenchView view, LocalDate today, int first, int max) {
        if (max >= 0 && byPersonOnly(view) && view.sort() == WorkbenchView.Sort.NAME) {
            return pageByPerson(scope, view, today, Math.max(0, first), max);
        }
        Select select = new Select(scope, view, today);
        String sql = "SELECT r.EMPLOYEE_ID, r.SORT_NAME, r.DEPARTMENT_NAME, r.JOB_ROLE_TITLE, r.COURSE_IRI,"
                + " r.COURSE_TITLE, " + select.state + ", r.DUE_ON, r.LAST_COMPLETED_ON, r.PROGRESS, r.RULES"
                + select.from() + " ORDER BY " + select.order() + " OFFSET " + Math.max(0, first) + " ROWS"
                + (max < 0 ? "" : " FETCH NEXT " + max + " ROWS ONLY");
        return query(sql, select.parameters, JdbcWorkbenchStore::row);
    }

    /** A page of a view ordered by name whose filters concern people only: found by walking its people. */
    private List<WorkbenchRow> pageByPerson(WorkbenchScope scope, WorkbenchView view, LocalDate today, int first,
            int max) {
        return WorkbenchListing.page(people(scope, view), first, max,
                (ids, skip) -> rowsOf(ids, view, today, skip, max));
    }

    @Override
    public List<PersonRows> people(WorkbenchScope scope, WorkbenchView view) {
        Select people = Select.people(scope, view);
        String direction = view.ascending() ? " ASC" : " DESC";
        return query("SELECT r.EMPLOYEE_ID, r.ROW_COUNT, r.OPEN_COUNT, r.DEPARTMENT_NAME, r.JOB_ROLE_TITLE"
                + people.from() + " ORDER BY LOWER(r.SORT_NAME)" + direction + ", r.EMPLOYEE_ID" + direction,
                people.parameters, row -> new PersonRows(row.getString(1), row.getInt(2), row.getInt(3),
                        row.getString(4), row.getString(5)));
    }

    @Override
    public List<WorkbenchRow> rowsOf(List<String> employeeIds, WorkbenchView view, LocalDate today, int skip,
            int max) {
        if (employeeIds.isEmpty() || max == 0) {
            return List.of();
        }
        Select select = new Select(WorkbenchScope.hospital(), view, today);
        StringBuilder sql = new StringBuilder("SELECT r.EMPLOYEE_ID, r.SORT_NAME, r.DEPARTMENT_NAME, r.JOB_ROLE_TITLE,"
                + " r.COURSE_IRI, r.COURSE_TITLE, " + select.state + ", r.DUE_ON, r.LAST_COMPLETED_ON, r.PROGRESS,"
                + " r.RULES FROM " + ROWS + " r WHERE r.EMPLOYEE_ID IN (");
        for (int i = 0; i < employeeIds.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") ORDER BY ").append(select.order()).append(" OFFSET ").append(Math.max(0, skip))
                .append(" ROWS FETCH NEXT ").append(max).append(" ROWS ONLY");
        return query(sql.toString(), new ArrayList<>(employeeIds), JdbcWorkbenchStore::row);
    }

    private static WorkbenchRow row(ResultSet row) throws SQLException {
        WorkbenchState state = WorkbenchState.valueOf(row.getString(7).strip());
        return new WorkbenchRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), state, date(row, 8), date(row, 9), row.getInt(10), row.getString(11));
    }

    @Override
    public List<String> peopleWithOpenTraining(WorkbenchScope scope, WorkbenchView view, LocalDate today) {
        if (byPersonOnly(view)) {
            Select people = Select.people(scope, view);
            return query("SELECT r.EMPLOYEE_ID" + people.from() + " AND r.OPEN_COUNT > 0", people.parameters,
                    row -> row.getString(1));
        }
        Select select = new Select(scope, view, today);
        return query("SELECT DISTINCT r.EMPLOYEE_ID" + select.from() + " AND r.STANDING IN ('"
                + WorkbenchState.NOT_STARTED.name() + "', '" + WorkbenchState.IN_PROGRESS.name() + "')",
                select.parameters, row -> row.getString(1));
    }

    @Override
    public Map<WorkbenchState, Long> countByState(WorkbenchScope scope, WorkbenchView view, LocalDate today) {
        Select select = new Select(scope, view, today);
        Map<WorkbenchState, Long> counts = new EnumMap<>(WorkbenchState.class);
        // grouped by the stored standing and the two day limits, not by the CASE (Derby groups by columns only)
        String sql = "SELECT r.STANDING, r.DUE_ON, COUNT(*)" + select.from() + " GROUP BY r.STANDING, r.DUE_ON";
        query(sql, select.parameters, row -> {
            WorkbenchState state = WorkbenchState.onDay(WorkbenchState.valueOf(row.getString(1).strip()), date(row, 2), today);
            counts.merge(state, row.getLong(3), Long::sum);
            return null;
        });
        return counts;
    }

    @Override
    public Map<String, String> courses(WorkbenchScope scope) {
        long now = System.currentTimeMillis();
        CourseChoices kept = courseChoices.get(scope);
        if (kept != null && kept.generation == generation.get() && now - kept.madeAt < CHOICES_MILLIS) {
            return kept.courses;
        }
        long madeFor = generation.get();
        Select select = new Select(scope, WorkbenchView.ALL, LocalDate.EPOCH);
        Map<String, String> courses = new LinkedHashMap<>();
        query("SELECT r.COURSE_IRI, MIN(r.COURSE_TITLE)" + select.from() + " AND r.COURSE_IRI IS NOT NULL"
                + " GROUP BY r.COURSE_IRI", select.parameters, row -> courses.put(row.getString(1), row.getString(2)));
        Map<String, String> made = java.util.Collections.unmodifiableMap(courses);
        courseChoices.put(scope, new CourseChoices(made, madeFor, now));
        return made;
    }

    @Override
    public List<String> departments(WorkbenchScope scope) {
        return distinct(scope, "DEPARTMENT_NAME");
    }

    @Override
    public List<String> jobRoles(WorkbenchScope scope) {
        return distinct(scope, "JOB_ROLE_TITLE");
    }

    private List<String> distinct(WorkbenchScope scope, String column) {
        Select select = Select.people(scope, WorkbenchView.ALL);
        return query("SELECT r." + column + select.from() + " AND r." + column + " IS NOT NULL GROUP BY r." + column,
                select.parameters, row -> row.getString(1));
    }

    private interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, Mapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            List<T> result = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    result.add(mapper.map(row));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the workbench", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** Whether the view filters by person only (name, department, job role), not by state or course. */
    private static boolean byPersonOnly(WorkbenchView view) {
        return view.state() == null && view.courseIri() == null;
    }

    private static boolean isOpen(WorkbenchState standing) {
        return standing == WorkbenchState.NOT_STARTED || standing == WorkbenchState.IN_PROGRESS;
    }

    /** A scope's courses to choose from, as read after {@code generation} writes, at {@code madeAt}. */
    private record CourseChoices(Map<String, String> courses, long generation, long madeAt) {
    }

    /** The FROM and WHERE of a view's query, its parameters in order, and its order. */
    static final class Select {

        final String state;
        final List<Object> parameters = new ArrayList<>();
        private final StringBuilder from = new StringBuilder(" FROM ");
        private final WorkbenchView view;

        Select(WorkbenchScope scope, WorkbenchView view, LocalDate today) {
            this(ROWS, scope, view, WorkbenchState.sqlCase("r.STANDING", "r.DUE_ON", today));
        }

        /** Over the people of the scope (the view's state and course, which concern rows, left out). */
        static Select people(WorkbenchScope scope, WorkbenchView view) {
            return new Select(PEOPLE, scope, new WorkbenchView(null, null, view.department(), view.jobRole(),
                    view.search(), view.sort(), view.ascending()), null);
        }

        private Select(String table, WorkbenchScope scope, WorkbenchView view, String state) {
            this.view = view;
            this.state = state;
            from.append(table).append(" r");
            if (!scope.isHospital()) {
                from.append(" JOIN ASSIGNMENT_WORKBENCH_LINE l ON l.EMPLOYEE_ID = r.EMPLOYEE_ID AND l.MANAGER_ID = ?");
                parameters.add(scope.managerEmployeeId());
            }
            from.append(" WHERE 1 = 1");
            if (view.state() != null) {
                from.append(" AND ").append(state).append(" = ?");
                parameters.add(view.state().name());
            }
            equal("r.COURSE_IRI", view.courseIri());
            equal("r.DEPARTMENT_NAME", view.department());
            equal("r.JOB_ROLE_TITLE", view.jobRole());
            if (view.search() != null) {
                String wanted = view.search().toLowerCase(Locale.ROOT);
                from.append(" AND (LOWER(r.SORT_NAME) LIKE ? ESCAPE '!' OR LOWER(r.EMPLOYEE_ID) = ?)");
                parameters.add("%" + wanted.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                parameters.add(wanted);
            }
        }

        private void equal(String column, String value) {
            if (value != null) {
                from.append(" AND ").append(column).append(" = ?");
                parameters.add(value);
            }
        }

        String from() {
            return from.toString();
        }

        /** As {@link WorkbenchView} orders: the chosen order, then ties by name, then course. */
        String order() {
            String direction = view.ascending() ? " ASC" : " DESC";
            String byName = "LOWER(r.SORT_NAME)%1$s, r.EMPLOYEE_ID%1$s, LOWER(COALESCE(r.COURSE_TITLE, ''))%1$s";
            return switch (view.sort()) {
                case NAME -> byName.formatted(direction);
                // rows with no due date come after every dated row going up, before them going down
                case DUE -> "CASE WHEN r.DUE_ON IS NULL THEN 1 ELSE 0 END" + direction + ", r.DUE_ON" + direction
                        + ", " + byName.formatted(" ASC");
                case STATE -> WorkbenchState.sqlUrgency(state) + direction + ", " + byName.formatted(" ASC");
            };
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(day));
        }
    }

    private static LocalDate date(ResultSet row, int index) throws SQLException {
        Date day = row.getDate(index);
        return day == null ? null : day.toLocalDate();
    }

    private static String clip(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
