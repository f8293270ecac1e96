package org.carelearn.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.reporting.application.PersonFacts;
import org.carelearn.reporting.application.ReportEvidence;
import org.carelearn.reporting.application.ReportNeed;
import org.carelearn.reporting.application.ReportPerson;
import org.carelearn.reporting.application.pack.PackOrder;
import org.carelearn.reporting.application.pack.PackStore;
import org.carelearn.reporting.application.pack.PackSummaryRow;
import org.carelearn.reporting.application.pack.PackView;
import org.carelearn.reporting.domain.PackStatus;

/**
 * The survey-ready packs in plain JDBC on the container's connection; the people are read from reporting's own
 * read model (REPORT_PERSON, REPORT_NEED, REPORT_EVIDENCE), a few hundred at a time by employee id.
 */
@ApplicationScoped
public class JdbcPackStore implements PackStore {

    /** Employee ids per IN list: well under either database's limit on parameters. */
    private static final int CHUNK = 200;
    private static final String VIEW = "SELECT ID, TITLE, REQUESTED_BY, REQUESTED_AT, STATUS, PEOPLE_DONE,"
            + " PEOPLE_TOTAL, FINISHED_AT, EXPIRES_AT, FAILURE FROM SURVEY_PACK";

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public List<String> employeeIdsOf(String departmentCode) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT EMPLOYEE_ID FROM REPORT_PERSON"
                        + " WHERE DEPARTMENT_CODE = ? ORDER BY SORT_NAME, EMPLOYEE_ID")) {
            read.setString(1, departmentCode);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a department's people", e);
        }
    }

    @Override
    public List<String> held(Collection<String> employeeIds) {
        List<String> held = new ArrayList<>();
        facts(List.copyOf(employeeIds), false).forEach(f -> held.add(f.person().employeeId()));
        return held;
    }

    @Override
    public List<PersonFacts> facts(List<String> employeeIds) {
        return facts(employeeIds, true);
    }

    private List<PersonFacts> facts(List<String> employeeIds, boolean withEvidence) {
        Map<String, ReportPerson> people = new HashMap<>();
        Map<String, List<ReportNeed>> needs = new HashMap<>();
        Map<String, List<ReportEvidence>> evidence = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < employeeIds.size(); from += CHUNK) {
                List<String> chunk = employeeIds.subList(from, Math.min(employeeIds.size(), from + CHUNK));
                String in = " IN (" + String.join(",", chunk.stream().map(id -> "?").toList()) + ")";
                try (PreparedStatement read = bound(connection, "SELECT EMPLOYEE_ID, DISPLAY_NAME, SORT_NAME,"
                        + " DEPARTMENT_CODE, DEPARTMENT_NAME, JOB_ROLE_CODE, JOB_ROLE_TITLE FROM REPORT_PERSON"
                        + " WHERE EMPLOYEE_ID" + in, chunk); ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        people.put(rows.getString(1), new ReportPerson(rows.getString(1), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                                rows.getString(7)));
                    }
                }
                if (!withEvidence) {
                    continue;
                }
                try (PreparedStatement read = bound(connection, "SELECT EMPLOYEE_ID, COMPETENCY_IDENTIFIER,"
                        + " LEVEL_NEEDED, MONTHS_CURRENT FROM REPORT_NEED WHERE EMPLOYEE_ID" + in, chunk);
                        ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        needs.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new ReportNeed(
                                rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4)));
                    }
                }
                try (PreparedStatement read = bound(connection, "SELECT EVIDENCE_ID, EMPLOYEE_ID,"
                        + " COMPETENCY_IDENTIFIER, KIND, LEVEL_SHOWN, GIVEN_ON, GIVEN_BY, FRAMEWORK_VERSION"
                        + " FROM REPORT_EVIDENCE WHERE EMPLOYEE_ID" + in, chunk);
                        ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        evidence.computeIfAbsent(rows.getString(2), k -> new ArrayList<>()).add(new ReportEvidence(
                                rows.getLong(1), rows.getString(2), rows.getString(3),
                                EvidenceKind.valueOf(rows.getString(4)), rows.getInt(5),
                                rows.getDate(6).toLocalDate(), rows.getString(7), rows.getInt(8)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's rows of the pack's people", e);
        }
        List<PersonFacts> all = new ArrayList<>();
        for (String id : employeeIds) {
            ReportPerson person = people.get(id);
            if (person != null) {
                all.add(new PersonFacts(person, needs.getOrDefault(id, List.of()), evidence.getOrDefault(id,
                        List.of())));
            }
        }
        return all;
    }

    @Override
    public void add(PackOrder order, String requestedBy, Instant at, int people) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement add = connection.prepareStatement("INSERT INTO SURVEY_PACK (ID, REQUESTED_BY,"
                        + " REQUESTED_AT, DEPARTMENT_CODE, EMPLOYEE_IDS, TITLE, STATUS, PEOPLE_DONE, PEOPLE_TOTAL)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            add.setString(1, order.id());
            add.setString(2, requestedBy);
            add.setTimestamp(3, Timestamp.from(at));
            add.setString(4, order.departmentCode());
            add.setString(5, order.employeeIds().isEmpty() ? null : String.join(",", order.employeeIds()));
            add.setString(6, order.title());
            add.setString(7, PackStatus.WAITING.name());
            add.setInt(8, people);
            add.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the pack request", e);
        }
    }

    @Override
    public Optional<String> next(String builder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT ID FROM SURVEY_PACK"
                        + " WHERE STATUS = ? OR (STATUS = ? AND BUILDER <> ?) ORDER BY REQUESTED_AT"
                        + " FETCH FIRST 1 ROWS ONLY")) {
            read.setString(1, PackStatus.WAITING.name());
            read.setString(2, PackStatus.BUILDING.name());
            read.setString(3, builder);
            try (ResultSet rows = read.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the packs waiting", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String id, String builder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("UPDATE SURVEY_PACK SET STATUS = ?,"
                        + " BUILDER = ?, PEOPLE_DONE = 0 WHERE ID = ? AND (STATUS = ? OR (STATUS = ? AND BUILDER <> ?))")) {
            claim.setString(1, PackStatus.BUILDING.name());
            claim.setString(2, builder);
            claim.setString(3, id);
            claim.setString(4, PackStatus.WAITING.name());
            claim.setString(5, PackStatus.BUILDING.name());
            claim.setString(6, builder);
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim pack " + id, e);
        }
    }

    @Override
    public Optional<PackOrder> order(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT TITLE, DEPARTMENT_CODE, EMPLOYEE_IDS"
                        + " FROM SURVEY_PACK WHERE ID = ?")) {
            read.setString(1, id);
            try (ResultSet rows = read.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String ids = rows.getString(3);
                return Optional.of(new PackOrder(id, rows.getString(1), rows.getString(2),
                        ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.split(","))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read pack " + id, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String id, String builder, int done, int total) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE SURVEY_PACK SET PEOPLE_DONE = ?,"
                        + " PEOPLE_TOTAL = ? WHERE ID = ? AND BUILDER = ?")) {
            update.setInt(1, done);
            update.setInt(2, total);
            update.setString(3, id);
            update.setString(4, builder);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not note the progress of pack " + id, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean finish(String id, String builder, byte[] pdf, byte[] xlsx, List<PackSummaryRow> summary,
            Instant finishedAt, Instant expiresAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE SURVEY_PACK SET STATUS = ?,"
                        + " PDF = ?, XLSX = ?, FINISHED_AT = ?, EXPIRES_AT = ?, PEOPLE_DONE = ?, PEOPLE_TOTAL = ?"
                        + " WHERE ID = ? AND BUILDER = ? AND STATUS = ?");
                PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM SURVEY_PACK_PERSON WHERE PACK_ID = ?");
                PreparedStatement row = connection.prepareStatement("INSERT INTO SURVEY_PACK_PERSON (PACK_ID,"
                        + " POSITION, EMPLOYEE_ID, DISPLAY_NAME, JOB_ROLE_TITLE, COMPETENCIES_HELD,"
                        + " COMPETENCIES_NEEDED, TRAINING_COMPLETED, TRAINING_REQUIRED)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            update.setString(1, PackStatus.READY.name());
            update.setBytes(2, pdf);
            update.setBytes(3, xlsx);
            update.setTimestamp(4, Timestamp.from(finishedAt));
            update.setTimestamp(5, Timestamp.from(expiresAt));
            update.setInt(6, summary.size());
            update.setInt(7, summary.size());
            update.setString(8, id);
            update.setString(9, builder);
            update.setString(10, PackStatus.BUILDING.name());
            if (update.executeUpdate() != 1) {
                return false;
            }
            forget.setString(1, id);
            forget.executeUpdate();
            for (int i = 0; i < summary.size(); i++) {
                PackSummaryRow s = summary.get(i);
                row.setString(1, id);
                row.setInt(2, i);
                row.setString(3, s.employeeId());
                row.setString(4, s.displayName());
                row.setString(5, s.jobRoleTitle());
                row.setInt(6, s.competenciesHeld());
                row.setInt(7, s.competenciesNeeded());
                row.setInt(8, s.trainingCompleted());
                row.setInt(9, s.trainingRequired());
                row.addBatch();
            }
            row.executeBatch();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store pack " + id, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String id, String builder, String reason) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE SURVEY_PACK SET STATUS = ?,"
                        + " FAILURE = ?, FINISHED_AT = ?, EXPIRES_AT = ? WHERE ID = ? AND BUILDER = ?")) {
            Instant now = Instant.now();
            update.setString(1, PackStatus.FAILED.name());
            update.setString(2, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            update.setTimestamp(3, Timestamp.from(now));
            update.setTimestamp(4, Timestamp.from(now.plus(java.time.Duration.ofDays(1))));
            update.setString(5, id);
            update.setString(6, builder);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark pack " + id + " as failed", e);
        }
    }

    @Override
    public List<PackView> recent() {
        List<PackView> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(VIEW + " ORDER BY REQUESTED_AT DESC");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                all.add(view(rows));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the packs", e);
        }
    }

    @Override
    public Optional<PackView> find(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(VIEW + " WHERE ID = ?")) {
            read.setString(1, id);
            try (ResultSet rows = read.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read pack " + id, e);
        }
    }

    @Override
    public List<PackSummaryRow> summary(String id) {
        List<PackSummaryRow> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT EMPLOYEE_ID, DISPLAY_NAME,"
                        + " JOB_ROLE_TITLE, COMPETENCIES_HELD, COMPETENCIES_NEEDED, TRAINING_COMPLETED,"
                        + " TRAINING_REQUIRED FROM SURVEY_PACK_PERSON WHERE PACK_ID = ? ORDER BY POSITION")) {
            read.setString(1, id);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    all.add(new PackSummaryRow(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getInt(4), rows.getInt(5), rows.getInt(6), rows.getInt(7)));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read pack " + id, e);
        }
    }

    @Override
    public Optional<byte[]> file(String id, boolean pdf) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT " + (pdf ? "PDF" : "XLSX")
                        + " FROM SURVEY_PACK WHERE ID = ? AND STATUS = ?")) {
            read.setString(1, id);
            read.setString(2, PackStatus.READY.name());
            try (ResultSet rows = read.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read pack " + id, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteExpired(Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM SURVEY_PACK WHERE EXPIRES_AT <= ?")) {
            delete.setTimestamp(1, Timestamp.from(now));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the packs whose time ran out", e);
        }
    }

    private static PreparedStatement bound(Connection connection, String sql, List<String> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
        return statement;
    }

    private static PackView view(ResultSet rows) throws SQLException {
        return new PackView(rows.getString(1), rows.getString(2), rows.getString(3),
                rows.getTimestamp(4).toInstant(), PackStatus.valueOf(rows.getString(5)), rows.getInt(6),
                rows.getInt(7), instant(rows.getTimestamp(8)), instant(rows.getTimestamp(9)), rows.getString(10));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
