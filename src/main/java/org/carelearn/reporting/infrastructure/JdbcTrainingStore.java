package org.carelearn.reporting.infrastructure;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.carelearn.reporting.application.TrainingStore;
import org.carelearn.reporting.domain.Episode;
import org.carelearn.reporting.domain.PersonTraining;
import org.carelearn.reporting.domain.Placement;
import org.carelearn.reporting.domain.Waived;

/** The training-history read model in plain JDBC, every value a bound parameter, the container's connection. */
@ApplicationScoped
public class JdbcTrainingStore implements TrainingStore {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public void replace(Collection<String> employeeIds, List<TrainingRow> episodes, List<CompletionRow> completions,
            List<WaiverRow> waivers) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("REPORT_TRAINING", "REPORT_COMPLETION", "REPORT_WAIVER")) {
                try (PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE EMPLOYEE_ID = ?")) {
                    for (String employeeId : employeeIds) {
                        forget.setString(1, employeeId);
                        forget.addBatch();
                    }
                    forget.executeBatch();
                }
            }
            try (PreparedStatement add = connection.prepareStatement("INSERT INTO REPORT_TRAINING (ASSIGNMENT_ID,"
                    + " EMPLOYEE_ID, COURSE_IRI, REACHED_ON, DUE_ON, ENDED_ON, RECUR_MONTHS)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (TrainingRow row : episodes) {
                    add.setLong(1, row.assignmentId());
                    add.setString(2, row.employeeId());
                    add.setString(3, row.courseIri());
                    add.setDate(4, Date.valueOf(row.reachedOn()));
                    add.setDate(5, row.dueOn() == null ? null : Date.valueOf(row.dueOn()));
                    add.setDate(6, row.endedOn() == null ? null : Date.valueOf(row.endedOn()));
                    if (row.recurMonths() == null) {
                        add.setNull(7, Types.INTEGER);
                    } else {
                        add.setInt(7, row.recurMonths());
                    }
                    add.addBatch();
                }
                add.executeBatch();
            }
            try (PreparedStatement add = connection.prepareStatement("INSERT INTO REPORT_COMPLETION (ENROLMENT_ID,"
                    + " EMPLOYEE_ID, COURSE_IRI, COMPLETED_ON) VALUES (?, ?, ?, ?)")) {
                for (CompletionRow row : completions) {
                    add.setLong(1, row.enrolmentId());
                    add.setString(2, row.employeeId());
                    add.setString(3, row.courseIri());
                    add.setDate(4, Date.valueOf(row.completedOn()));
                    add.addBatch();
                }
                add.executeBatch();
            }
            try (PreparedStatement add = connection.prepareStatement("INSERT INTO REPORT_WAIVER (WAIVER_ID,"
                    + " EMPLOYEE_ID, COURSE_IRI, FROM_ON, THROUGH_ON) VALUES (?, ?, ?, ?, ?)")) {
                for (WaiverRow row : waivers) {
                    add.setLong(1, row.waiverId());
                    add.setString(2, row.employeeId());
                    add.setString(3, row.courseIri());
                    add.setDate(4, Date.valueOf(row.fromOn()));
                    add.setDate(5, Date.valueOf(row.throughOn()));
                    add.addBatch();
                }
                add.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's training rows", e);
        }
    }

    @Override
    public void place(List<PlacementRow> now, LocalDate on) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement latest = connection.prepareStatement("SELECT FROM_ON, DEPARTMENT_CODE, ACTIVE"
                        + " FROM REPORT_PLACEMENT WHERE EMPLOYEE_ID = ? ORDER BY FROM_ON DESC FETCH FIRST 1 ROWS ONLY");
                PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM REPORT_PLACEMENT WHERE EMPLOYEE_ID = ? AND FROM_ON = ?");
                PreparedStatement add = connection.prepareStatement("INSERT INTO REPORT_PLACEMENT (EMPLOYEE_ID,"
                        + " FROM_ON, DEPARTMENT_CODE, DEPARTMENT_NAME, ACTIVE) VALUES (?, ?, ?, ?, ?)")) {
            for (PlacementRow row : now) {
                latest.setString(1, row.employeeId());
                LocalDate from = row.firstFrom() == null || row.firstFrom().isAfter(on) ? on : row.firstFrom();
                try (ResultSet found = latest.executeQuery()) {
                    if (found.next()) {
                        if (found.getString(2).equals(row.departmentCode()) && found.getBoolean(3) == row.active()) {
                            continue;
                        }
                        LocalDate last = found.getDate(1).toLocalDate();
                        from = last.isAfter(on) ? last : on;
                    }
                }
                forget.setString(1, row.employeeId());
                forget.setDate(2, Date.valueOf(from));
                forget.executeUpdate();
                add.setString(1, row.employeeId());
                add.setDate(2, Date.valueOf(from));
                add.setString(3, row.departmentCode());
                add.setString(4, row.departmentName());
                add.setBoolean(5, row.active());
                add.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's placements", e);
        }
    }

    @Override
    public List<PersonTraining> everyone() {
        Map<String, List<Placement>> placements = new LinkedHashMap<>();
        Map<String, List<Episode>> episodes = new HashMap<>();
        Map<String, Map<String, List<LocalDate>>> completions = new HashMap<>();
        Map<String, List<Waived>> waivers = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement read = connection.prepareStatement("SELECT EMPLOYEE_ID, FROM_ON, DEPARTMENT_CODE,"
                    + " ACTIVE FROM REPORT_PLACEMENT ORDER BY EMPLOYEE_ID, FROM_ON");
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    placements.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new Placement(
                            rows.getDate(2).toLocalDate(), rows.getString(3), rows.getBoolean(4)));
                }
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT EMPLOYEE_ID, COURSE_IRI, REACHED_ON,"
                    + " DUE_ON, ENDED_ON, RECUR_MONTHS FROM REPORT_TRAINING");
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    int months = rows.getInt(6);
                    Integer recur = rows.wasNull() ? null : months;
                    episodes.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new Episode(
                            rows.getString(2), rows.getDate(3).toLocalDate(), day(rows.getDate(4)),
                            day(rows.getDate(5)), recur));
                }
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT EMPLOYEE_ID, COURSE_IRI, COMPLETED_ON FROM REPORT_COMPLETION");
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    completions.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rows.getString(2), k -> new ArrayList<>())
                            .add(rows.getDate(3).toLocalDate());
                }
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT EMPLOYEE_ID, COURSE_IRI, FROM_ON, THROUGH_ON FROM REPORT_WAIVER");
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    waivers.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new Waived(
                            rows.getString(2), rows.getDate(3).toLocalDate(), rows.getDate(4).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's training rows", e);
        }
        List<PersonTraining> all = new ArrayList<>();
        placements.forEach((id, placed) -> all.add(new PersonTraining(id, placed, episodes.getOrDefault(id, List.of()),
                completions.getOrDefault(id, Map.of()), waivers.getOrDefault(id, List.of()))));
        return all;
    }

    @Override
    public Map<String, String> departmentNames() {
        Map<String, String> names = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT DEPARTMENT_CODE, DEPARTMENT_NAME FROM REPORT_PLACEMENT ORDER BY FROM_ON");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                names.put(rows.getString(1), rows.getString(2));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's placements", e);
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
