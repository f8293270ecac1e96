package org.carelearn.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.carelearn.reporting.application.CaseStore;
import org.carelearn.reporting.application.ReportCase;

/** The cases' read model in plain JDBC, on the container's connection (writes join the caller's transaction). */
@ApplicationScoped
public class JdbcCaseStore implements CaseStore {

    private static final int BATCH = 500;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public void replace(Collection<String> caseIds, Collection<ReportCase> cases) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("REPORT_CASE_CATEGORY", "REPORT_CASE")) {
                try (PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE CASE_ID = ?")) {
                    for (String id : caseIds) {
                        forget.setString(1, id);
                        forget.addBatch();
                    }
                    forget.executeBatch();
                }
            }
            insert(connection, cases);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's cases", e);
        }
    }

    @Override
    public void replaceAll(Collection<ReportCase> cases) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("REPORT_CASE_CATEGORY", "REPORT_CASE")) {
                try (PreparedStatement forget = connection.prepareStatement("DELETE FROM " + table)) {
                    forget.executeUpdate();
                }
            }
            insert(connection, cases);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's cases", e);
        }
    }

    private static void insert(Connection connection, Collection<ReportCase> cases) throws SQLException {
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO REPORT_CASE (CASE_ID, KIND,"
                + " DEPARTMENT_CODE, RECEIVED_ON) VALUES (?, ?, ?, ?)");
                PreparedStatement category = connection.prepareStatement("INSERT INTO REPORT_CASE_CATEGORY"
                        + " (CASE_ID, CATEGORY_CODE) VALUES (?, ?)")) {
            int pending = 0;
            for (ReportCase c : cases) {
                row.setString(1, c.caseId());
                row.setString(2, c.kind());
                row.setString(3, c.departmentCode());
                row.setDate(4, Date.valueOf(c.receivedOn()));
                row.addBatch();
                for (String code : c.categories()) {
                    category.setString(1, c.caseId());
                    category.setString(2, code);
                    category.addBatch();
                }
                if (++pending == BATCH) {
                    row.executeBatch();
                    category.executeBatch();
                    pending = 0;
                }
            }
            row.executeBatch();
            category.executeBatch();
        }
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement any = connection.prepareStatement("SELECT CASE_ID FROM REPORT_CASE"
                        + " FETCH FIRST 1 ROWS ONLY");
                ResultSet rows = any.executeQuery()) {
            return !rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's cases", e);
        }
    }

    @Override
    public List<CaseCount> counts(LocalDate from, LocalDate until, String kind) {
        String sql = "SELECT c.DEPARTMENT_CODE, k.CATEGORY_CODE, c.KIND, COUNT(*) FROM REPORT_CASE c"
                + " JOIN REPORT_CASE_CATEGORY k ON k.CASE_ID = c.CASE_ID WHERE c.RECEIVED_ON BETWEEN ? AND ?"
                + " AND (CAST(? AS VARCHAR(16)) IS NULL OR c.KIND = ?)"
                + " GROUP BY c.DEPARTMENT_CODE, k.CATEGORY_CODE, c.KIND";
        List<CaseCount> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setDate(1, Date.valueOf(from));
            query.setDate(2, Date.valueOf(until));
            query.setString(3, kind);
            query.setString(4, kind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(new CaseCount(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getInt(4)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count reporting's cases", e);
        }
    }

    @Override
    public Map<YearMonth, Integer> monthly(String departmentCode, String categoryCode, YearMonth from,
            YearMonth until) {
        Map<YearMonth, Integer> months = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT c.RECEIVED_ON FROM REPORT_CASE c"
                        + " JOIN REPORT_CASE_CATEGORY k ON k.CASE_ID = c.CASE_ID WHERE c.DEPARTMENT_CODE = ?"
                        + " AND k.CATEGORY_CODE = ? AND c.RECEIVED_ON BETWEEN ? AND ?")) {
            query.setString(1, departmentCode);
            query.setString(2, categoryCode);
            query.setDate(3, Date.valueOf(from.atDay(1)));
            query.setDate(4, Date.valueOf(until.atEndOfMonth()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    months.merge(YearMonth.from(rows.getDate(1).toLocalDate()), 1, Integer::sum);
                }
            }
            return months;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count reporting's cases", e);
        }
    }
}
