package org.carelearn.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.reporting.application.CoverageCounts;
import org.carelearn.reporting.application.CoverageStore;
import org.carelearn.reporting.application.PersonFacts;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.application.ReportEvidence;
import org.carelearn.reporting.application.ReportNeed;
import org.carelearn.reporting.application.ReportPerson;
import org.carelearn.reporting.application.ReportStanding;

/**
 * The coverage read model in plain JDBC: fixed statements, every value a bound parameter, the container's
 * connection (so writes join the caller's transaction).
 */
@ApplicationScoped
public class JdbcCoverageStore implements CoverageStore {

    private static final int BATCH = 500;
    private static final String PEOPLE = "SELECT EMPLOYEE_ID, DISPLAY_NAME, SORT_NAME, DEPARTMENT_CODE,"
            + " DEPARTMENT_NAME, JOB_ROLE_CODE, JOB_ROLE_TITLE FROM REPORT_PERSON p";
    /** The people a report selects: a department and a job role when given (a null parameter matches all). */
    private static final String SELECTED = " WHERE (CAST(? AS VARCHAR(32)) IS NULL OR p.DEPARTMENT_CODE = ?)"
            + " AND (CAST(? AS VARCHAR(32)) IS NULL OR p.JOB_ROLE_CODE = ?)";

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    /**
     * Writes only what differs from what is held (each person read by the key): a rebuild that finds the rows as
     * the live updates wrote them writes nothing but the few that changed, where deleting and inserting a million
     * pieces of evidence again took most of its time (ReportingBench, README "Benchmarks").
     */
    @Override
    public void replace(Collection<String> employeeIds, Collection<PersonFacts> facts, List<ReportStanding> standings) {
        try (Connection connection = dataSource.getConnection()) {
            Counts counts = new Counts();
            Map<String, PersonFacts> held = new HashMap<>();
            facts(connection, employeeIds).forEach(f -> held.put(f.person().employeeId(), f));
            Map<String, PersonFacts> now = new HashMap<>();
            facts.forEach(f -> now.put(f.person().employeeId(), f));
            for (PersonFacts was : held.values()) {
                counts.group(was.person().departmentCode(), was.person().jobRoleCode(), null, null, -1);
            }
            for (PersonFacts is : facts) {
                ReportPerson p = is.person();
                counts.group(p.departmentCode(), p.jobRoleCode(), p.departmentName(), p.jobRoleTitle(), 1);
            }
            writeStandings(connection, employeeIds, standings, counts);
            counts.write(connection);
            try (Rows rows = new Rows(connection)) {
                for (String employeeId : employeeIds) {
                    rows.write(employeeId, held.get(employeeId), now.get(employeeId));
                }
                rows.flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's coverage rows", e);
        }
    }

    /** The person, need and evidence rows of a {@link #replace}: the differences, batched by kind. */
    private static final class Rows implements AutoCloseable {

        private final PreparedStatement addPerson;
        private final PreparedStatement changePerson;
        private final PreparedStatement forgetPerson;
        private final PreparedStatement addNeed;
        private final PreparedStatement changeNeed;
        private final PreparedStatement forgetNeed;
        private final PreparedStatement addEvidence;
        private final PreparedStatement changeEvidence;
        private final PreparedStatement forgetEvidence;
        private final List<PreparedStatement> all = new ArrayList<>();
        private final Timestamp now = Timestamp.from(Instant.now());
        private int pending;

        Rows(Connection connection) throws SQLException {
            addPerson = prepare(connection, "INSERT INTO REPORT_PERSON (DISPLAY_NAME, SORT_NAME, DEPARTMENT_CODE,"
                    + " DEPARTMENT_NAME, JOB_ROLE_CODE, JOB_ROLE_TITLE, WRITTEN_AT, EMPLOYEE_ID)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            changePerson = prepare(connection, "UPDATE REPORT_PERSON SET DISPLAY_NAME = ?, SORT_NAME = ?,"
                    + " DEPARTMENT_CODE = ?, DEPARTMENT_NAME = ?, JOB_ROLE_CODE = ?, JOB_ROLE_TITLE = ?, WRITTEN_AT = ?"
                    + " WHERE EMPLOYEE_ID = ?");
            forgetPerson = prepare(connection, "DELETE FROM REPORT_PERSON WHERE EMPLOYEE_ID = ?");
            addNeed = prepare(connection, "INSERT INTO REPORT_NEED (LEVEL_NEEDED, MONTHS_CURRENT, EMPLOYEE_ID,"
                    + " COMPETENCY_IDENTIFIER) VALUES (?, ?, ?, ?)");
            changeNeed = prepare(connection, "UPDATE REPORT_NEED SET LEVEL_NEEDED = ?, MONTHS_CURRENT = ?"
                    + " WHERE EMPLOYEE_ID = ? AND COMPETENCY_IDENTIFIER = ?");
            forgetNeed = prepare(connection, "DELETE FROM REPORT_NEED WHERE EMPLOYEE_ID = ? AND COMPETENCY_IDENTIFIER = ?");
            addEvidence = prepare(connection, "INSERT INTO REPORT_EVIDENCE (EMPLOYEE_ID, COMPETENCY_IDENTIFIER, KIND,"
                    + " LEVEL_SHOWN, GIVEN_ON, GIVEN_BY, FRAMEWORK_VERSION, EVIDENCE_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            changeEvidence = prepare(connection, "UPDATE REPORT_EVIDENCE SET EMPLOYEE_ID = ?,"
                    + " COMPETENCY_IDENTIFIER = ?, KIND = ?, LEVEL_SHOWN = ?, GIVEN_ON = ?, GIVEN_BY = ?,"
                    + " FRAMEWORK_VERSION = ? WHERE EVIDENCE_ID = ?");
            forgetEvidence = prepare(connection, "DELETE FROM REPORT_EVIDENCE WHERE EVIDENCE_ID = ?");
        }

        private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            all.add(statement);
            return statement;
        }

        void write(String employeeId, PersonFacts was, PersonFacts is) throws SQLException {
            if (is == null && was == null) {
                return;
            }
            if (is == null) {
                for (ReportNeed n : was.needs()) {
                    forgetNeed.setString(1, n.employeeId());
                    forgetNeed.setString(2, n.competencyIdentifier());
                    forgetNeed.addBatch();
                }
                for (ReportEvidence e : was.evidence()) {
                    forgetEvidence.setLong(1, e.evidenceId());
                    forgetEvidence.addBatch();
                }
                forgetPerson.setString(1, employeeId);
                forgetPerson.addBatch();
                sent();
                return;
            }
            if (was == null || !was.person().equals(is.person())) {
                PreparedStatement person = was == null ? addPerson : changePerson;
                ReportPerson p = is.person();
                person.setString(1, p.displayName());
                person.setString(2, p.sortName());
                person.setString(3, p.departmentCode());
                person.setString(4, p.departmentName());
                person.setString(5, p.jobRoleCode());
                person.setString(6, p.jobRoleTitle());
                person.setTimestamp(7, now);
                person.setString(8, p.employeeId());
                person.addBatch();
            }
            Map<String, ReportNeed> needsHeld = new HashMap<>();
            if (was != null) {
                was.needs().forEach(n -> needsHeld.put(n.competencyIdentifier(), n));
            }
            for (ReportNeed n : is.needs()) {
                ReportNeed held = needsHeld.remove(n.competencyIdentifier());
                if (!n.equals(held)) {
                    PreparedStatement need = held == null ? addNeed : changeNeed;
                    need.setInt(1, n.levelNeeded());
                    need.setInt(2, n.monthsCurrent());
                    need.setString(3, n.employeeId());
                    need.setString(4, n.competencyIdentifier());
                    need.addBatch();
                }
            }
            for (ReportNeed gone : needsHeld.values()) {
                forgetNeed.setString(1, gone.employeeId());
                forgetNeed.setString(2, gone.competencyIdentifier());
                forgetNeed.addBatch();
            }
            Map<Long, ReportEvidence> evidenceHeld = new HashMap<>();
            if (was != null) {
                was.evidence().forEach(e -> evidenceHeld.put(e.evidenceId(), e));
            }
            for (ReportEvidence e : is.evidence()) {
                ReportEvidence held = evidenceHeld.remove(e.evidenceId());
                if (!e.equals(held)) {
                    PreparedStatement evidence = held == null ? addEvidence : changeEvidence;
                    evidence.setString(1, e.employeeId());
                    evidence.setString(2, e.competencyIdentifier());
                    evidence.setString(3, e.kind().name());
                    evidence.setInt(4, e.level());
                    evidence.setDate(5, Date.valueOf(e.givenOn()));
                    evidence.setString(6, e.givenBy());
                    evidence.setInt(7, e.frameworkVersion());
                    evidence.setLong(8, e.evidenceId());
                    evidence.addBatch();
                }
            }
            for (ReportEvidence gone : evidenceHeld.values()) {
                forgetEvidence.setLong(1, gone.evidenceId());
                forgetEvidence.addBatch();
            }
            sent();
        }

        /** Sends the batches every few people, deletes before inserts (an id may move to another person). */
        private void sent() throws SQLException {
            if (++pending == BATCH / 10) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (PreparedStatement statement : List.of(forgetEvidence, forgetNeed, forgetPerson, changePerson,
                    addPerson, changeNeed, addNeed, changeEvidence, addEvidence)) {
                statement.executeBatch();
            }
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : all) {
                statement.close();
            }
        }
    }

    @Override
    public void restate(Collection<String> employeeIds, List<ReportStanding> standings) {
        try (Connection connection = dataSource.getConnection()) {
            Counts counts = new Counts();
            writeStandings(connection, employeeIds, standings, counts);
            counts.write(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's standings", e);
        }
    }

    /**
     * Writes the people's standings where they differ from those held (each person read by the key), and notes in
     * the counts what each change moves: one less in the cell it leaves, one more in the cell it joins.
     */
    private static void writeStandings(Connection connection, Collection<String> employeeIds,
            List<ReportStanding> standings, Counts counts) throws SQLException {
        Map<String, Map<String, ReportStanding>> now = new HashMap<>();
        standings.forEach(s -> now.computeIfAbsent(s.employeeId(), k -> new HashMap<>())
                .put(s.competencyIdentifier(), s));
        try (PreparedStatement held = connection.prepareStatement("SELECT EMPLOYEE_ID, COMPETENCY_IDENTIFIER,"
                + " DEPARTMENT_CODE, JOB_ROLE_CODE, STATUS, CHANGES_ON FROM REPORT_STANDING WHERE EMPLOYEE_ID = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO REPORT_STANDING (DEPARTMENT_CODE,"
                        + " JOB_ROLE_CODE, STATUS, CHANGES_ON, EMPLOYEE_ID, COMPETENCY_IDENTIFIER)"
                        + " VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement("UPDATE REPORT_STANDING SET DEPARTMENT_CODE = ?,"
                        + " JOB_ROLE_CODE = ?, STATUS = ?, CHANGES_ON = ? WHERE EMPLOYEE_ID = ?"
                        + " AND COMPETENCY_IDENTIFIER = ?");
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM REPORT_STANDING WHERE EMPLOYEE_ID = ? AND COMPETENCY_IDENTIFIER = ?")) {
            for (String employeeId : employeeIds) {
                Map<String, ReportStanding> mine = now.getOrDefault(employeeId, Map.of());
                Map<String, ReportStanding> before = new HashMap<>();
                held.setString(1, employeeId);
                try (ResultSet rows = held.executeQuery()) {
                    while (rows.next()) {
                        Date changes = rows.getDate(6);
                        before.put(rows.getString(2), new ReportStanding(rows.getString(1), rows.getString(2),
                                rows.getString(3), rows.getString(4), CompetencyStatus.valueOf(rows.getString(5)),
                                changes == null ? null : changes.toLocalDate()));
                    }
                }
                for (ReportStanding was : before.values()) {
                    ReportStanding is = mine.get(was.competencyIdentifier());
                    if (is == null) {
                        delete.setString(1, employeeId);
                        delete.setString(2, was.competencyIdentifier());
                        delete.addBatch();
                        counts.cell(was, -1);
                    } else if (!is.equals(was)) {
                        bind(update, is);
                        update.addBatch();
                        counts.cell(was, -1);
                        counts.cell(is, 1);
                    }
                }
                for (ReportStanding is : mine.values()) {
                    if (!before.containsKey(is.competencyIdentifier())) {
                        bind(insert, is);
                        insert.addBatch();
                        counts.cell(is, 1);
                    }
                }
            }
            delete.executeBatch();
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, ReportStanding s) throws SQLException {
        statement.setString(1, s.departmentCode());
        statement.setString(2, s.jobRoleCode());
        statement.setString(3, s.status().name());
        statement.setDate(4, s.changesOn() == null ? null : Date.valueOf(s.changesOn()));
        statement.setString(5, s.employeeId());
        statement.setString(6, s.competencyIdentifier());
    }

    @Override
    public List<PersonFacts> facts(Collection<String> employeeIds) {
        try (Connection connection = dataSource.getConnection()) {
            return facts(connection, employeeIds);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's coverage rows", e);
        }
    }

    private static List<PersonFacts> facts(Connection connection, Collection<String> employeeIds)
            throws SQLException {
        List<PersonFacts> all = new ArrayList<>();
        try (PreparedStatement person = connection.prepareStatement(PEOPLE + " WHERE p.EMPLOYEE_ID = ?");
                PreparedStatement needs = connection.prepareStatement("SELECT EMPLOYEE_ID, COMPETENCY_IDENTIFIER,"
                        + " LEVEL_NEEDED, MONTHS_CURRENT FROM REPORT_NEED WHERE EMPLOYEE_ID = ?");
                PreparedStatement evidence = connection.prepareStatement("SELECT EVIDENCE_ID, EMPLOYEE_ID,"
                        + " COMPETENCY_IDENTIFIER, KIND, LEVEL_SHOWN, GIVEN_ON, GIVEN_BY, FRAMEWORK_VERSION"
                        + " FROM REPORT_EVIDENCE WHERE EMPLOYEE_ID = ?")) {
            for (String employeeId : employeeIds) {
                person.setString(1, employeeId);
                ReportPerson found = null;
                try (ResultSet rows = person.executeQuery()) {
                    if (rows.next()) {
                        found = person(rows);
                    }
                }
                if (found == null) {
                    continue;
                }
                List<ReportNeed> mine = new ArrayList<>();
                needs.setString(1, employeeId);
                try (ResultSet rows = needs.executeQuery()) {
                    while (rows.next()) {
                        mine.add(need(rows));
                    }
                }
                List<ReportEvidence> shown = new ArrayList<>();
                evidence.setString(1, employeeId);
                try (ResultSet rows = evidence.executeQuery()) {
                    while (rows.next()) {
                        shown.add(evidence(rows));
                    }
                }
                all.add(new PersonFacts(found, mine, shown));
            }
            return all;
        }
    }

    @Override
    public List<String> changingBy(LocalDate day) {
        List<String> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT DISTINCT EMPLOYEE_ID FROM REPORT_STANDING WHERE CHANGES_ON <= ?")) {
            read.setDate(1, Date.valueOf(day));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    people.add(rows.getString(1));
                }
            }
            return people;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's standings", e);
        }
    }

    @Override
    public Optional<LocalDate> asOf(String aggregate) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT AS_OF FROM REPORT_AGGREGATE_DAY WHERE NAME = ?")) {
            read.setString(1, aggregate);
            try (ResultSet rows = read.executeQuery()) {
                return rows.next() ? Optional.of(rows.getDate(1).toLocalDate()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's aggregate day", e);
        }
    }

    @Override
    public void asOf(String aggregate, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE REPORT_AGGREGATE_DAY SET AS_OF = ? WHERE NAME = ?")) {
            update.setDate(1, Date.valueOf(day));
            update.setString(2, aggregate);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO REPORT_AGGREGATE_DAY (AS_OF, NAME) VALUES (?, ?)")) {
                    insert.setDate(1, Date.valueOf(day));
                    insert.setString(2, aggregate);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's aggregate day", e);
        }
    }

    @Override
    public CoverageCounts counts(String jobRoleCode) {
        String role = jobRoleCode == null ? "" : " AND JOB_ROLE_CODE = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement groups = connection.prepareStatement("SELECT DEPARTMENT_CODE, DEPARTMENT_NAME"
                        + " FROM REPORT_COVERAGE_GROUP WHERE PEOPLE > 0" + role);
                PreparedStatement cells = connection.prepareStatement("SELECT DEPARTMENT_CODE,"
                        + " COMPETENCY_IDENTIFIER, STATUS, SUM(PEOPLE) FROM REPORT_COVERAGE_CELL WHERE PEOPLE > 0"
                        + role + " GROUP BY DEPARTMENT_CODE, COMPETENCY_IDENTIFIER, STATUS")) {
            if (jobRoleCode != null) {
                groups.setString(1, jobRoleCode);
                cells.setString(1, jobRoleCode);
            }
            Map<String, String> departments = new LinkedHashMap<>();
            try (ResultSet rows = groups.executeQuery()) {
                while (rows.next()) {
                    departments.putIfAbsent(rows.getString(1), rows.getString(2));
                }
            }
            List<CoverageCounts.Cell> all = new ArrayList<>();
            try (ResultSet rows = cells.executeQuery()) {
                while (rows.next()) {
                    all.add(new CoverageCounts.Cell(rows.getString(1), rows.getString(2),
                            CompetencyStatus.valueOf(rows.getString(3)), rows.getInt(4)));
                }
            }
            return new CoverageCounts(departments.entrySet().stream()
                    .map(d -> new CoverageCounts.Department(d.getKey(), d.getValue())).toList(), all);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's coverage counts", e);
        }
    }

    @Override
    public void recount() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM REPORT_COVERAGE_CELL");
            statement.executeUpdate("DELETE FROM REPORT_COVERAGE_GROUP");
            statement.executeUpdate("INSERT INTO REPORT_COVERAGE_GROUP (DEPARTMENT_CODE, JOB_ROLE_CODE,"
                    + " DEPARTMENT_NAME, JOB_ROLE_TITLE, PEOPLE) SELECT DEPARTMENT_CODE, JOB_ROLE_CODE,"
                    + " MAX(DEPARTMENT_NAME), MAX(JOB_ROLE_TITLE), COUNT(*) FROM REPORT_PERSON"
                    + " GROUP BY DEPARTMENT_CODE, JOB_ROLE_CODE");
            statement.executeUpdate("INSERT INTO REPORT_COVERAGE_CELL (DEPARTMENT_CODE, JOB_ROLE_CODE,"
                    + " COMPETENCY_IDENTIFIER, STATUS, PEOPLE) SELECT DEPARTMENT_CODE, JOB_ROLE_CODE,"
                    + " COMPETENCY_IDENTIFIER, STATUS, COUNT(*) FROM REPORT_STANDING"
                    + " GROUP BY DEPARTMENT_CODE, JOB_ROLE_CODE, COMPETENCY_IDENTIFIER, STATUS");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count reporting's coverage again", e);
        }
    }

    @Override
    public void replaceCompetencies(List<ReportCompetency> competencies) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement("DELETE FROM REPORT_COMPETENCY");
                PreparedStatement add = connection.prepareStatement("INSERT INTO REPORT_COMPETENCY (IDENTIFIER, CODE,"
                        + " TITLE, FRAMEWORK_TITLE, POSITION) VALUES (?, ?, ?, ?, ?)")) {
            forget.executeUpdate();
            for (ReportCompetency c : competencies) {
                add.setString(1, c.identifier());
                add.setString(2, c.code());
                add.setString(3, c.title());
                add.setString(4, c.frameworkTitle());
                add.setInt(5, c.position());
                add.addBatch();
            }
            add.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's competencies", e);
        }
    }

    @Override
    public List<ReportCompetency> competencies() {
        List<ReportCompetency> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT IDENTIFIER, CODE, TITLE,"
                        + " FRAMEWORK_TITLE, POSITION FROM REPORT_COMPETENCY ORDER BY POSITION");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                all.add(new ReportCompetency(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getInt(5)));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's competencies", e);
        }
    }

    @Override
    public List<String> employeeIds() {
        List<String> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT EMPLOYEE_ID FROM REPORT_PERSON ORDER BY EMPLOYEE_ID");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                all.add(rows.getString(1));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's people", e);
        }
    }

    @Override
    public List<PersonFacts> people(String departmentCode, String jobRoleCode) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, ReportPerson> people = new LinkedHashMap<>();
            try (PreparedStatement read = selected(connection, PEOPLE + SELECTED
                    + " ORDER BY p.DEPARTMENT_NAME, p.SORT_NAME, p.EMPLOYEE_ID", departmentCode, jobRoleCode);
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    people.put(rows.getString(1), person(rows));
                }
            }
            Map<String, List<ReportNeed>> needs = new HashMap<>();
            try (PreparedStatement read = selected(connection, "SELECT n.EMPLOYEE_ID, n.COMPETENCY_IDENTIFIER,"
                    + " n.LEVEL_NEEDED, n.MONTHS_CURRENT FROM REPORT_NEED n JOIN REPORT_PERSON p"
                    + " ON p.EMPLOYEE_ID = n.EMPLOYEE_ID" + SELECTED, departmentCode, jobRoleCode);
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    needs.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(need(rows));
                }
            }
            Map<String, List<ReportEvidence>> evidence = new HashMap<>();
            try (PreparedStatement read = selected(connection, "SELECT e.EVIDENCE_ID, e.EMPLOYEE_ID,"
                    + " e.COMPETENCY_IDENTIFIER, e.KIND, e.LEVEL_SHOWN, e.GIVEN_ON, e.GIVEN_BY, e.FRAMEWORK_VERSION"
                    + " FROM REPORT_EVIDENCE e JOIN REPORT_PERSON p ON p.EMPLOYEE_ID = e.EMPLOYEE_ID" + SELECTED,
                    departmentCode, jobRoleCode);
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    evidence.computeIfAbsent(rows.getString(2), k -> new ArrayList<>()).add(evidence(rows));
                }
            }
            List<PersonFacts> all = new ArrayList<>();
            people.forEach((id, person) -> all.add(new PersonFacts(person, needs.getOrDefault(id, List.of()),
                    evidence.getOrDefault(id, List.of()))));
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's coverage rows", e);
        }
    }

    @Override
    public Map<String, String> departments() {
        return pairs("SELECT DEPARTMENT_CODE, DEPARTMENT_NAME FROM REPORT_COVERAGE_GROUP WHERE PEOPLE > 0"
                + " ORDER BY DEPARTMENT_NAME");
    }

    @Override
    public Map<String, String> jobRoles() {
        return pairs("SELECT JOB_ROLE_CODE, JOB_ROLE_TITLE FROM REPORT_COVERAGE_GROUP WHERE PEOPLE > 0"
                + " ORDER BY JOB_ROLE_TITLE");
    }

    @Override
    public boolean isEmpty() {
        // a database from before V029 holds people but no aggregate: built as if new
        return asOf(COVERAGE).isEmpty();
    }

    private Map<String, String> pairs(String sql) {
        Map<String, String> all = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql);
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                all.putIfAbsent(rows.getString(1), rows.getString(2));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's people", e);
        }
    }

    private static PreparedStatement selected(Connection connection, String sql, String departmentCode,
            String jobRoleCode) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, departmentCode);
        statement.setString(2, departmentCode);
        statement.setString(3, jobRoleCode);
        statement.setString(4, jobRoleCode);
        return statement;
    }

    private static ReportPerson person(ResultSet rows) throws SQLException {
        return new ReportPerson(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7));
    }

    private static ReportNeed need(ResultSet rows) throws SQLException {
        return new ReportNeed(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4));
    }

    private static ReportEvidence evidence(ResultSet rows) throws SQLException {
        return new ReportEvidence(rows.getLong(1), rows.getString(2), rows.getString(3),
                EvidenceKind.valueOf(rows.getString(4)), rows.getInt(5), rows.getDate(6).toLocalDate(),
                rows.getString(7), rows.getInt(8));
    }

    /**
     * What one write moves in the coverage aggregate: people in and out of each department and job role, and of
     * each cell; written at the end as increments of the rows (a row made where there is none yet).
     */
    private static final class Counts {

        private record Group(String departmentCode, String jobRoleCode) {
        }

        private record CellKey(String departmentCode, String jobRoleCode, String competencyIdentifier,
                String status) {
        }

        private final Map<Group, Integer> groups = new LinkedHashMap<>();
        private final Map<Group, String[]> names = new HashMap<>();
        private final Map<CellKey, Integer> cells = new LinkedHashMap<>();

        void group(String departmentCode, String jobRoleCode, String departmentName, String jobRoleTitle,
                int change) {
            Group key = new Group(departmentCode, jobRoleCode);
            groups.merge(key, change, Integer::sum);
            if (departmentName != null) {
                names.put(key, new String[] {departmentName, jobRoleTitle});
            }
        }

        void cell(ReportStanding s, int change) {
            cells.merge(new CellKey(s.departmentCode(), s.jobRoleCode(), s.competencyIdentifier(), s.status().name()),
                    change, Integer::sum);
        }

        void write(Connection connection) throws SQLException {
            try (PreparedStatement named = connection.prepareStatement("UPDATE REPORT_COVERAGE_GROUP SET"
                    + " PEOPLE = PEOPLE + ?, DEPARTMENT_NAME = ?, JOB_ROLE_TITLE = ? WHERE DEPARTMENT_CODE = ?"
                    + " AND JOB_ROLE_CODE = ?");
                    PreparedStatement counted = connection.prepareStatement("UPDATE REPORT_COVERAGE_GROUP SET"
                            + " PEOPLE = PEOPLE + ? WHERE DEPARTMENT_CODE = ? AND JOB_ROLE_CODE = ?");
                    PreparedStatement added = connection.prepareStatement("INSERT INTO REPORT_COVERAGE_GROUP"
                            + " (PEOPLE, DEPARTMENT_NAME, JOB_ROLE_TITLE, DEPARTMENT_CODE, JOB_ROLE_CODE)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<Group, Integer> g : groups.entrySet()) {
                    String[] name = names.get(g.getKey());
                    int updated;
                    if (name != null) {
                        named.setInt(1, g.getValue());
                        named.setString(2, name[0]);
                        named.setString(3, name[1]);
                        named.setString(4, g.getKey().departmentCode());
                        named.setString(5, g.getKey().jobRoleCode());
                        updated = named.executeUpdate();
                    } else if (g.getValue() != 0) {
                        counted.setInt(1, g.getValue());
                        counted.setString(2, g.getKey().departmentCode());
                        counted.setString(3, g.getKey().jobRoleCode());
                        updated = counted.executeUpdate();
                    } else {
                        continue;
                    }
                    if (updated == 0 && name != null && g.getValue() > 0) {
                        added.setInt(1, g.getValue());
                        added.setString(2, name[0]);
                        added.setString(3, name[1]);
                        added.setString(4, g.getKey().departmentCode());
                        added.setString(5, g.getKey().jobRoleCode());
                        added.executeUpdate();
                    }
                }
            }
            try (PreparedStatement moved = connection.prepareStatement("UPDATE REPORT_COVERAGE_CELL SET"
                    + " PEOPLE = PEOPLE + ? WHERE DEPARTMENT_CODE = ? AND JOB_ROLE_CODE = ?"
                    + " AND COMPETENCY_IDENTIFIER = ? AND STATUS = ?");
                    PreparedStatement added = connection.prepareStatement("INSERT INTO REPORT_COVERAGE_CELL (PEOPLE,"
                            + " DEPARTMENT_CODE, JOB_ROLE_CODE, COMPETENCY_IDENTIFIER, STATUS)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<CellKey, Integer> c : cells.entrySet()) {
                    if (c.getValue() == 0) {
                        continue;
                    }
                    for (PreparedStatement statement : List.of(moved, added)) {
                        statement.setInt(1, c.getValue());
                        statement.setString(2, c.getKey().departmentCode());
                        statement.setString(3, c.getKey().jobRoleCode());
                        statement.setString(4, c.getKey().competencyIdentifier());
                        statement.setString(5, c.getKey().status());
                    }
                    if (moved.executeUpdate() == 0 && c.getValue() > 0) {
                        added.executeUpdate();
                    }
                }
            }
        }
    }
}
