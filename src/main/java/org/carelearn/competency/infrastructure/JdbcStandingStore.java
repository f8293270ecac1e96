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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.carelearn.competency.application.GridQuery;
import org.carelearn.competency.application.HeldStandings;
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

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public HeldStandings held(Collection<String> employeeIds) {
        Map<String, Map<String, StandingRow>> rows = new HashMap<>();
        Map<String, Set<String>> managers = new HashMap<>();
        // one person at a time by the key: Derby ran "EMPLOYEE_ID IN (250 markers)" as a scan of the whole table
        // (a fifth of a rebuild's time at a million rows; CompetencyBench, README "Benchmarks")
        try (Connection connection = dataSource.getConnection();
                PreparedStatement standings = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM COMPETENCY_STANDING s WHERE s.EMPLOYEE_ID = ?");
                PreparedStatement line = connection.prepareStatement(
                        "SELECT MANAGER_ID FROM COMPETENCY_LINE WHERE EMPLOYEE_ID = ?")) {
            for (String employeeId : employeeIds) {
                standings.setString(1, employeeId);
                List<StandingRow> mine = new ArrayList<>();
                readRows(standings, mine);
                if (!mine.isEmpty()) {
                    Map<String, StandingRow> byCompetency = new HashMap<>();
                    mine.forEach(r -> byCompetency.put(r.competencyIdentifier(), r));
                    rows.put(employeeId, byCompetency);
                }
                line.setString(1, employeeId);
                try (ResultSet rs = line.executeQuery()) {
                    while (rs.next()) {
                        managers.computeIfAbsent(employeeId, k -> new HashSet<>()).add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The competency standings could not be read", e);
        }
        return new HeldStandings(rows, managers);
    }

    @Override
    public void write(Collection<String> employeeIds, HeldStandings held, List<StandingRow> rows,
            Map<String, List<String>> managersAbove) {
        Map<String, List<StandingRow>> byPerson = new HashMap<>();
        rows.forEach(r -> byPerson.computeIfAbsent(r.employeeId(), k -> new ArrayList<>()).add(r));
        try (Connection connection = dataSource.getConnection();
                Writes writes = new Writes(connection)) {
            for (String employeeId : employeeIds) {
                List<StandingRow> mine = byPerson.getOrDefault(employeeId, List.of());
                Map<String, StandingRow> before = held.rowsOf(employeeId);
                Set<String> kept = new HashSet<>();
                for (StandingRow row : mine) {
                    kept.add(row.competencyIdentifier());
                    StandingRow was = before.get(row.competencyIdentifier());
                    if (was == null) {
                        writes.insert(row);
                    } else if (!was.equals(row)) {
                        writes.update(row);
                    }
                }
                for (String gone : before.keySet()) {
                    if (!kept.contains(gone)) {
                        writes.delete(employeeId, gone);
                    }
                }
                writes.person(employeeId, before.isEmpty() ? null : before.values().iterator().next(),
                        mine.isEmpty() ? null : mine.get(0));
                Set<String> managers = Set.copyOf(managersAbove.getOrDefault(employeeId, List.of()));
                Set<String> wereManagers = held.managersOf(employeeId);
                for (String manager : wereManagers) {
                    if (!managers.contains(manager)) {
                        writes.leaveLine(manager, employeeId);
                    }
                }
                for (String manager : managers) {
                    if (!wereManagers.contains(manager)) {
                        writes.joinLine(manager, employeeId);
                    }
                }
            }
            writes.flush();
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
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + filter.from
                        + " WHERE " + filter.where)) {
            filter.bind(select, 1);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The competency grid could not be counted", e);
        }
    }

    /**
     * The page's people from COMPETENCY_PERSON (a line of 2,000 is 2,000 rows to sort, where grouping their
     * standings was 80,000), then each one's standings by the key.
     */
    @Override
    public List<StandingRow> page(GridQuery query) {
        Filter filter = Filter.of(query);
        List<String> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT p.EMPLOYEE_ID FROM " + filter.from
                    + " WHERE " + filter.where + " ORDER BY p.SORT_NAME, p.EMPLOYEE_ID OFFSET " + query.first()
                    + " ROWS" + (query.max() < 0 ? "" : " FETCH NEXT " + query.max() + " ROWS ONLY"))) {
                filter.bind(select, 1);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        people.add(rs.getString(1));
                    }
                }
            }
            List<StandingRow> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM COMPETENCY_STANDING s WHERE s.EMPLOYEE_ID = ?")) {
                for (String person : people) {
                    select.setString(1, person);
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

    /**
     * The writes of one {@link #write}, each kind in a batch of its own (no row is both deleted and inserted, so
     * their order does not matter), sent every {@value #BATCH} statements.
     */
    private static final class Writes implements AutoCloseable {

        private final List<Batch> batches = new ArrayList<>();
        private final Batch insert;
        private final Batch update;
        private final Batch delete;
        private final Batch addPerson;
        private final Batch changePerson;
        private final Batch forgetPerson;
        private final Batch joinLine;
        private final Batch leaveLine;

        Writes(Connection connection) throws SQLException {
            insert = batch(connection, "INSERT INTO COMPETENCY_STANDING (SORT_NAME, DEPARTMENT_CODE, JOB_ROLE_CODE,"
                    + " STATUS, LEVEL_SHOWN, LEVEL_NEEDED, REQUIRED, LAPSES_ON, AS_OF, EMPLOYEE_ID,"
                    + " COMPETENCY_IDENTIFIER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            update = batch(connection, "UPDATE COMPETENCY_STANDING SET SORT_NAME = ?, DEPARTMENT_CODE = ?,"
                    + " JOB_ROLE_CODE = ?, STATUS = ?, LEVEL_SHOWN = ?, LEVEL_NEEDED = ?, REQUIRED = ?, LAPSES_ON = ?,"
                    + " AS_OF = ? WHERE EMPLOYEE_ID = ? AND COMPETENCY_IDENTIFIER = ?");
            delete = batch(connection,
                    "DELETE FROM COMPETENCY_STANDING WHERE EMPLOYEE_ID = ? AND COMPETENCY_IDENTIFIER = ?");
            addPerson = batch(connection, "INSERT INTO COMPETENCY_PERSON (SORT_NAME, DEPARTMENT_CODE, JOB_ROLE_CODE,"
                    + " EMPLOYEE_ID) VALUES (?, ?, ?, ?)");
            changePerson = batch(connection, "UPDATE COMPETENCY_PERSON SET SORT_NAME = ?, DEPARTMENT_CODE = ?,"
                    + " JOB_ROLE_CODE = ? WHERE EMPLOYEE_ID = ?");
            forgetPerson = batch(connection, "DELETE FROM COMPETENCY_PERSON WHERE EMPLOYEE_ID = ?");
            joinLine = batch(connection, "INSERT INTO COMPETENCY_LINE (MANAGER_ID, EMPLOYEE_ID) VALUES (?, ?)");
            leaveLine = batch(connection, "DELETE FROM COMPETENCY_LINE WHERE MANAGER_ID = ? AND EMPLOYEE_ID = ?");
        }

        private Batch batch(Connection connection, String sql) throws SQLException {
            Batch batch = new Batch(connection.prepareStatement(sql));
            batches.add(batch);
            return batch;
        }

        void insert(StandingRow row) throws SQLException {
            bindRow(insert.statement, row);
            insert.add();
        }

        void update(StandingRow row) throws SQLException {
            bindRow(update.statement, row);
            update.add();
        }

        void delete(String employeeId, String competencyIdentifier) throws SQLException {
            delete.statement.setString(1, employeeId);
            delete.statement.setString(2, competencyIdentifier);
            delete.add();
        }

        /** The person's row follows their standings: there while they have any, with the newest name and place. */
        void person(String employeeId, StandingRow was, StandingRow now) throws SQLException {
            if (now == null) {
                if (was != null) {
                    forgetPerson.statement.setString(1, employeeId);
                    forgetPerson.add();
                }
                return;
            }
            if (was != null && Objects.equals(was.sortName(), now.sortName())
                    && Objects.equals(was.departmentCode(), now.departmentCode())
                    && Objects.equals(was.jobRoleCode(), now.jobRoleCode())) {
                return;
            }
            Batch batch = was == null ? addPerson : changePerson;
            batch.statement.setString(1, now.sortName());
            batch.statement.setString(2, now.departmentCode());
            batch.statement.setString(3, now.jobRoleCode());
            batch.statement.setString(4, employeeId);
            batch.add();
        }

        void joinLine(String managerId, String employeeId) throws SQLException {
            joinLine.statement.setString(1, managerId);
            joinLine.statement.setString(2, employeeId);
            joinLine.add();
        }

        void leaveLine(String managerId, String employeeId) throws SQLException {
            leaveLine.statement.setString(1, managerId);
            leaveLine.statement.setString(2, employeeId);
            leaveLine.add();
        }

        void flush() throws SQLException {
            for (Batch batch : batches) {
                batch.send();
            }
        }

        @Override
        public void close() throws SQLException {
            for (Batch batch : batches) {
                batch.statement.close();
            }
        }

        private static void bindRow(PreparedStatement statement, StandingRow row) throws SQLException {
            statement.setString(1, row.sortName());
            statement.setString(2, row.departmentCode());
            statement.setString(3, row.jobRoleCode());
            statement.setString(4, row.status().name());
            if (row.levelShown() == null) {
                statement.setNull(5, Types.INTEGER);
            } else {
                statement.setInt(5, row.levelShown());
            }
            statement.setInt(6, row.levelNeeded());
            statement.setBoolean(7, row.required());
            statement.setDate(8, row.lapsesOn() == null ? null : Date.valueOf(row.lapsesOn()));
            statement.setDate(9, Date.valueOf(row.asOf()));
            statement.setString(10, row.employeeId());
            statement.setString(11, row.competencyIdentifier());
        }
    }

    /** One prepared statement and how many of its executions wait in its batch. */
    private static final class Batch {

        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                send();
            }
        }

        void send() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    /** The FROM and WHERE of a grid query, made of fixed fragments, and the values to bind in order. */
    private record Filter(String from, String where, List<Object> values) {

        static Filter of(GridQuery query) {
            List<Object> values = new ArrayList<>();
            String from = "COMPETENCY_PERSON p";
            if (query.managerId() != null) {
                from += " JOIN COMPETENCY_LINE l ON l.EMPLOYEE_ID = p.EMPLOYEE_ID AND l.MANAGER_ID = ?";
                values.add(query.managerId());
            }
            StringBuilder where = new StringBuilder("1 = 1");
            if (query.departmentCode() != null) {
                where.append(" AND p.DEPARTMENT_CODE = ?");
                values.add(query.departmentCode());
            }
            if (query.jobRoleCode() != null) {
                where.append(" AND p.JOB_ROLE_CODE = ?");
                values.add(query.jobRoleCode());
            }
            if (query.competencyIdentifier() != null || query.status() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM COMPETENCY_STANDING s WHERE s.EMPLOYEE_ID = p.EMPLOYEE_ID");
                if (query.competencyIdentifier() != null) {
                    where.append(" AND s.COMPETENCY_IDENTIFIER = ?");
                    values.add(query.competencyIdentifier());
                }
                if (query.status() != null) {
                    where.append(" AND s.STATUS = ?");
                    values.add(query.status().name());
                }
                where.append(")");
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
