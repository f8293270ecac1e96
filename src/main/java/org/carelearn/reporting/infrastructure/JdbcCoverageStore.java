package org.carelearn.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.reporting.application.CoverageStore;
import org.carelearn.reporting.application.PersonFacts;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.application.ReportEvidence;
import org.carelearn.reporting.application.ReportNeed;
import org.carelearn.reporting.application.ReportPerson;

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

    @Override
    public void replace(Collection<String> employeeIds, Collection<PersonFacts> facts) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("REPORT_EVIDENCE", "REPORT_NEED", "REPORT_PERSON")) {
                try (PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE EMPLOYEE_ID = ?")) {
                    for (String employeeId : employeeIds) {
                        forget.setString(1, employeeId);
                        forget.addBatch();
                    }
                    forget.executeBatch();
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement person = connection.prepareStatement("INSERT INTO REPORT_PERSON (EMPLOYEE_ID,"
                    + " DISPLAY_NAME, SORT_NAME, DEPARTMENT_CODE, DEPARTMENT_NAME, JOB_ROLE_CODE, JOB_ROLE_TITLE,"
                    + " WRITTEN_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement need = connection.prepareStatement("INSERT INTO REPORT_NEED (EMPLOYEE_ID,"
                            + " COMPETENCY_IDENTIFIER, LEVEL_NEEDED, MONTHS_CURRENT) VALUES (?, ?, ?, ?)");
                    PreparedStatement evidence = connection.prepareStatement("INSERT INTO REPORT_EVIDENCE"
                            + " (EVIDENCE_ID, EMPLOYEE_ID, COMPETENCY_IDENTIFIER, KIND, LEVEL_SHOWN, GIVEN_ON,"
                            + " GIVEN_BY, FRAMEWORK_VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (PersonFacts fact : facts) {
                    ReportPerson p = fact.person();
                    person.setString(1, p.employeeId());
                    person.setString(2, p.displayName());
                    person.setString(3, p.sortName());
                    person.setString(4, p.departmentCode());
                    person.setString(5, p.departmentName());
                    person.setString(6, p.jobRoleCode());
                    person.setString(7, p.jobRoleTitle());
                    person.setTimestamp(8, now);
                    person.addBatch();
                    for (ReportNeed n : fact.needs()) {
                        need.setString(1, n.employeeId());
                        need.setString(2, n.competencyIdentifier());
                        need.setInt(3, n.levelNeeded());
                        need.setInt(4, n.monthsCurrent());
                        need.addBatch();
                    }
                    for (ReportEvidence e : fact.evidence()) {
                        evidence.setLong(1, e.evidenceId());
                        evidence.setString(2, e.employeeId());
                        evidence.setString(3, e.competencyIdentifier());
                        evidence.setString(4, e.kind().name());
                        evidence.setInt(5, e.level());
                        evidence.setDate(6, Date.valueOf(e.givenOn()));
                        evidence.setString(7, e.givenBy());
                        evidence.setInt(8, e.frameworkVersion());
                        evidence.addBatch();
                    }
                    if (++pending == BATCH / 10) {
                        person.executeBatch();
                        need.executeBatch();
                        evidence.executeBatch();
                        pending = 0;
                    }
                }
                person.executeBatch();
                need.executeBatch();
                evidence.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's coverage rows", e);
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
                    people.put(rows.getString(1), new ReportPerson(rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7)));
                }
            }
            Map<String, List<ReportNeed>> needs = new HashMap<>();
            try (PreparedStatement read = selected(connection, "SELECT n.EMPLOYEE_ID, n.COMPETENCY_IDENTIFIER,"
                    + " n.LEVEL_NEEDED, n.MONTHS_CURRENT FROM REPORT_NEED n JOIN REPORT_PERSON p"
                    + " ON p.EMPLOYEE_ID = n.EMPLOYEE_ID" + SELECTED, departmentCode, jobRoleCode);
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    needs.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new ReportNeed(
                            rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4)));
                }
            }
            Map<String, List<ReportEvidence>> evidence = new HashMap<>();
            try (PreparedStatement read = selected(connection, "SELECT e.EVIDENCE_ID, e.EMPLOYEE_ID,"
                    + " e.COMPETENCY_IDENTIFIER, e.KIND, e.LEVEL_SHOWN, e.GIVEN_ON, e.GIVEN_BY, e.FRAMEWORK_VERSION"
                    + " FROM REPORT_EVIDENCE e JOIN REPORT_PERSON p ON p.EMPLOYEE_ID = e.EMPLOYEE_ID" + SELECTED,
                    departmentCode, jobRoleCode);
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    evidence.computeIfAbsent(rows.getString(2), k -> new ArrayList<>()).add(new ReportEvidence(
                            rows.getLong(1), rows.getString(2), rows.getString(3),
                            EvidenceKind.valueOf(rows.getString(4)), rows.getInt(5),
                            rows.getDate(6).toLocalDate(), rows.getString(7), rows.getInt(8)));
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
        return pairs("SELECT DISTINCT DEPARTMENT_CODE, DEPARTMENT_NAME FROM REPORT_PERSON ORDER BY DEPARTMENT_NAME");
    }

    @Override
    public Map<String, String> jobRoles() {
        return pairs("SELECT DISTINCT JOB_ROLE_CODE, JOB_ROLE_TITLE FROM REPORT_PERSON ORDER BY JOB_ROLE_TITLE");
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT EMPLOYEE_ID FROM REPORT_PERSON FETCH FIRST 1 ROWS ONLY");
                ResultSet rows = read.executeQuery()) {
            return !rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's people", e);
        }
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
}
