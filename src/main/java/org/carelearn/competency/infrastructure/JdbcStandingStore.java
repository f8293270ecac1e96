package org.carelearn.competency.infrastructure;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.carelearn.competency.application.GridQuery;
import org.carelearn.competency.application.StandingRow;
import org.carelearn.competency.application.StandingStore;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * The standings read model in plain JDBC: scalar columns only, statements made of fixed fragments with every
 * value bound as a parameter. The connection is the container's, so writes join the caller's transaction.
 */
@ApplicationScoped
public class JdbcStandingStore implements StandingStore {

    private static final String COLUMNS = "s.EMPLOYEE_ID, s.COMPETENCY_IDENTIFIER, s.SORT_NAME, s.DEPARTMENT_CODE,"
            + " s.JOB_ROLE_CODE, s.STATUS, s.LEVEL_SHOWN, s.LEVEL_NEEDED, s.REQUIRED, s.LAPSES_ON, s.AS_OF";
    private static final int BATCH = 500;
    /** Derby and PostgreSQL cap the parameters of one statement; IN lists go in slices this long. */
    private static final int SLICE = 500;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public void replace(Collection<String> employeeIds, List<StandingRow> rows,
            Map<String, List<String>> managersAbove) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forgetRows = connection.prepareStatement(
                        "DELETE FROM COMPETENCY_STANDING WHERE EMPLOYEE_ID = ?");
                PreparedStatement forgetLine = connection.prepareStatement(
                        "DELETE FROM COMPETENCY_LINE WHERE EMPLOYEE_ID = ?");
                PreparedStatement addRow = connection.prepareStatement("INSERT INTO COMPETENCY_STANDING"
                        + " (EMPLOYEE_ID, COMPETENCY_IDENTIFIER, SORT_NAME, DEPARTMENT_CODE, JOB_ROLE_CODE, STATUS,"
                        + " LEVEL_SHOWN, LEVEL_NEEDED, REQUIRED, LAPSES_ON, AS_OF) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement addLine = connection.prepareStatement(
                        "INSERT INTO COMPETENCY_LINE (MANAGER_ID, EMPLOYEE_ID) VALUES (?, ?)")) {
            for (String employeeId : employeeIds) {
                forgetRows.setString(1, employeeId);
                forgetRows.addBatch();
                forgetLine.setString(1, employeeId);
                forgetLine.addBatch();
            }
            forgetRows.executeBatch();
            forgetLine.executeBatch();
            int pending = 0;
            for (StandingRow row : rows) {
                addRow.setString(1, row.employeeId());
                addRow.setString(2, row.competencyIdentifier());
                addRow.setString(3, row.sortName());
                addRow.setString(4, row.departmentCode());
                addRow.setString(5, row.jobRoleCode());
                addRow.setString(6, row.status().name());
                if (row.levelShown() == null) {
                    addRow.setNull(7, Types.INTEGER);
                } else {
                    addRow.setInt(7, row.levelShown());
                }
                addRow.setInt(8, row.levelNeeded());
                addRow.setBoolean(9, row.required());
                addRow.setDate(10, row.lapsesOn() == null ? null : Date.valueOf(row.lapsesOn()));
                addRow.setDate(11, Date.valueOf(row.asOf()));
                addRow.addBatch();
                if (++pending == BATCH) {
                    addRow.executeBatch();
                    pending = 0;
                }
            }
            addRow.executeBatch();
            for (Map.Entry<String, List<String>> person : managersAbove.entrySet()) {
                for (String manager : person.getValue()) {
                    addLine.setString(1, manager);
                    addLine.setString(2, person.getKey());
                    addLine.addBatch();
                }
            }
            addLine.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("The competency standings could not be written", e);
        }
    }

    @Override
    public Map<String, Map<String, CompetencyStatus>> statusesOf(Collection<String> employeeIds) {
        Map<String, Map<String, CompetencyStatus>> statuses = new HashMap<>();
        // one person at a time by the key: Derby ran "EMPLOYEE_ID IN (250 markers)" as a scan of the whole table
        // (a fifth of a rebuild's time at a million rows; CompetencyBench, README "Benchmarks")
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT EMPLOYEE_ID, COMPETENCY_IDENTIFIER,"
                        + " STATUS FROM COMPETENCY_STANDING WHERE EMPLOYEE_ID = ?")) {
            for (String employeeId : employeeIds) {
                select.setString(1, employeeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        statuses.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .put(rs.getString(2), CompetencyStatus.valueOf(rs.getString(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The competency standings could not be read", e);
        }
        return statuses;
    }

    @Override
    public long countPeople(GridQuery query) {
        Filter filter = Filter.of(query);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(DISTINCT s.EMPLOYEE_ID) FROM "
                        + filter.from + " WHERE " + filter.where)) {
            filter.bind(select, 1);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The competency grid could not be counted", e);
        }
    }

    @Override
    public List<StandingRow> page(GridQuery query) {
        Filter filter = Filter.of(query);
        List<String> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT s.EMPLOYEE_ID, MIN(s.SORT_NAME) AS N"
                    + " FROM " + filter.from + " WHERE " + filter.where + " GROUP BY s.EMPLOYEE_ID"
                    + " ORDER BY N, s.EMPLOYEE_ID OFFSET " + query.first() + " ROWS"
                    + (query.max() < 0 ? "" : " FETCH NEXT " + query.max() + " ROWS ONLY"))) {
                filter.bind(select, 1);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        people.add(rs.getString(1));
                    }
                }
            }
            List<StandingRow> rows = new ArrayList<>();
            for (int from = 0; from < people.size(); from += SLICE) {
                List<String> slice = people.subList(from, Math.min(people.size(), from + SLICE));
                try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM COMPETENCY_STANDING s WHERE s.EMPLOYEE_ID IN (" + placeholders(slice.size()) + ")"
                        + " ORDER BY s.SORT_NAME, s.EMPLOYEE_ID")) {
                    for (int i = 0; i < slice.size(); i++) {
                        select.setString(i + 1, slice.get(i));
                    }
                    readRows(select, rows);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The competency grid could not be read", e);
        }
    }

    @Override
    public List<StandingRow> holding(String competencyIdentifier, Integer minLevel, String managerId) {
        String from = managerId == null ? "COMPETENCY_STANDING s"
                : "COMPETENCY_STANDING s JOIN COMPETENCY_LINE l ON l.EMPLOYEE_ID = s.EMPLOYEE_ID AND l.MANAGER_ID = ?";
        String sql = "SELECT " + COLUMNS + " FROM " + from + " WHERE s.COMPETENCY_IDENTIFIER = ?"
                + " AND s.STATUS IN ('COMPETENT', 'EXPIRING')" + (minLevel == null ? "" : " AND s.LEVEL_SHOWN >= ?")
                + " ORDER BY s.SORT_NAME, s.EMPLOYEE_ID";
        List<StandingRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            if (managerId != null) {
                select.setString(i++, managerId);
            }
            select.setString(i++, competencyIdentifier);
            if (minLevel != null) {
                select.setInt(i, minLevel);
            }
            readRows(select, rows);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The competent people could not be read", e);
        }
    }

    @Override
    public List<String> staleOn(LocalDate today) {
        List<String> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT EMPLOYEE_ID FROM COMPETENCY_STANDING WHERE AS_OF < ?")) {
            select.setDate(1, Date.valueOf(today));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    people.add(rs.getString(1));
                }
            }
            return people;
        } catch (SQLException e) {
            throw new IllegalStateException("The competency standings could not be read", e);
        }
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT EMPLOYEE_ID FROM COMPETENCY_STANDING FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = select.executeQuery()) {
            return !rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("The competency standings could not be read", e);
        }
    }

    private static void readRows(PreparedStatement select, List<StandingRow> rows) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                int shown = rs.getInt(7);
                Integer levelShown = rs.wasNull() ? null : shown;
                Date lapses = rs.getDate(10);
                rows.add(new StandingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), CompetencyStatus.valueOf(rs.getString(6)), levelShown, rs.getInt(8),
                        rs.getBoolean(9), lapses == null ? null : lapses.toLocalDate(), rs.getDate(11).toLocalDate()));
            }
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The FROM and WHERE of a grid query, made of fixed fragments, and the values to bind in order. */
    private record Filter(String from, String where, List<Object> values) {

        static Filter of(GridQuery query) {
            List<Object> values = new ArrayList<>();
            String from = "COMPETENCY_STANDING s";
            if (query.managerId() != null) {
                from += " JOIN COMPETENCY_LINE l ON l.EMPLOYEE_ID = s.EMPLOYEE_ID AND l.MANAGER_ID = ?";
                values.add(query.managerId());
            }
            StringBuilder where = new StringBuilder("1 = 1");
            if (query.departmentCode() != null) {
                where.append(" AND s.DEPARTMENT_CODE = ?");
                values.add(query.departmentCode());
            }
            if (query.jobRoleCode() != null) {
                where.append(" AND s.JOB_ROLE_CODE = ?");
                values.add(query.jobRoleCode());
            }
            if (query.competencyIdentifier() != null) {
                where.append(" AND s.COMPETENCY_IDENTIFIER = ?");
                values.add(query.competencyIdentifier());
            }
            if (query.status() != null) {
                where.append(" AND s.STATUS = ?");
                values.add(query.status().name());
            }
            return new Filter(from, where.toString(), values);
        }

        void bind(PreparedStatement statement, int first) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(first + i, (String) values.get(i));
            }
        }
    }
}
