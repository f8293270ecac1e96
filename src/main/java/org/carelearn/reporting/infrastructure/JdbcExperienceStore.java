package org.carelearn.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.carelearn.reporting.application.experience.ExperienceStore;
import org.carelearn.reporting.domain.ExperienceScore;
import org.carelearn.reporting.domain.Quarter;

/** The patient experience tables (V027) in plain JDBC, on the container's connection (writes join the caller's transaction). */
@ApplicationScoped
public class JdbcExperienceStore implements ExperienceStore {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public Map<String, String> measures() {
        Map<String, String> all = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT NAME, COMPETENCY_IDENTIFIER"
                        + " FROM PATIENT_EXPERIENCE_MEASURE ORDER BY POSITION, NAME");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                all.put(rows.getString(1), rows.getString(2));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the patient experience measures", e);
        }
    }

    @Override
    public boolean addMeasure(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (measures().keySet().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).equals(lower))) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement add = connection.prepareStatement("INSERT INTO PATIENT_EXPERIENCE_MEASURE (NAME,"
                        + " POSITION) SELECT ?, COALESCE(MAX(POSITION), 0) + 1 FROM PATIENT_EXPERIENCE_MEASURE")) {
            add.setString(1, name);
            return add.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the measure " + name, e);
        }
    }

    @Override
    public boolean mapMeasure(String name, String competencyIdentifier) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement map = connection.prepareStatement(
                        "UPDATE PATIENT_EXPERIENCE_MEASURE SET COMPETENCY_IDENTIFIER = ? WHERE NAME = ?")) {
            map.setString(1, competencyIdentifier);
            map.setString(2, name);
            return map.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not map the measure " + name, e);
        }
    }

    @Override
    public List<ExperienceScore> scores() {
        List<ExperienceScore> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT DEPARTMENT_CODE, QUARTER, MEASURE,"
                        + " TOP_BOX_PERCENT, SURVEYS FROM PATIENT_EXPERIENCE_SCORE"
                        + " ORDER BY DEPARTMENT_CODE, MEASURE, QUARTER");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                all.add(new ExperienceScore(rows.getString(1), Quarter.parse(rows.getString(2)), rows.getString(3),
                        rows.getBigDecimal(4).setScale(2), rows.getInt(5)));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the patient experience scores", e);
        }
    }

    @Override
    public void write(Collection<ExperienceScore> added, Collection<ExperienceScore> changed) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO PATIENT_EXPERIENCE_SCORE"
                        + " (TOP_BOX_PERCENT, SURVEYS, IMPORTED_AT, DEPARTMENT_CODE, QUARTER, MEASURE)"
                        + " VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement("UPDATE PATIENT_EXPERIENCE_SCORE SET"
                        + " TOP_BOX_PERCENT = ?, SURVEYS = ?, IMPORTED_AT = ?"
                        + " WHERE DEPARTMENT_CODE = ? AND QUARTER = ? AND MEASURE = ?")) {
            batch(insert, added, now);
            batch(update, changed, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the patient experience scores", e);
        }
    }

    private static void batch(PreparedStatement statement, Collection<ExperienceScore> scores, Timestamp now)
            throws SQLException {
        for (ExperienceScore s : scores) {
            statement.setBigDecimal(1, s.topBoxPercent());
            statement.setInt(2, s.surveys());
            statement.setTimestamp(3, now);
            statement.setString(4, s.departmentCode());
            statement.setString(5, s.quarter().toString());
            statement.setString(6, s.measure());
            statement.addBatch();
        }
        statement.executeBatch();
    }
}
