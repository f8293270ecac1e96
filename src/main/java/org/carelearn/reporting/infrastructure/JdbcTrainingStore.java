package org.carelearn.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.carelearn.reporting.application.TrainingStore;
import org.carelearn.reporting.domain.Episode;
import org.carelearn.reporting.domain.MonthCount;
import org.carelearn.reporting.domain.PersonTraining;
import org.carelearn.reporting.domain.Placement;
import org.carelearn.reporting.domain.Waived;

/** The training-history read model in plain JDBC, every value a bound parameter, the container's connection. */
@ApplicationScoped
public class JdbcTrainingStore implements TrainingStore {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    /**
     * Writes only what differs from what is held (each person read by the key): a rebuild that finds the rows as
     * the live updates wrote them writes nothing but the few that changed (ReportingBench, README "Benchmarks").
     */
    @Override
    public void replace(Collection<String> employeeIds, List<TrainingRow> episodes, List<CompletionRow> completions,
            List<WaiverRow> waivers) {
        Map<String, List<TrainingRow>> episodesNow = new HashMap<>();
        episodes.forEach(e -> episodesNow.computeIfAbsent(e.employeeId(), k -> new ArrayList<>()).add(e));
        Map<String, List<CompletionRow>> completionsNow = new HashMap<>();
        completions.forEach(c -> completionsNow.computeIfAbsent(c.employeeId(), k -> new ArrayList<>()).add(c));
        Map<String, Set<WaiverRow>> waiversNow = new HashMap<>();
        waivers.forEach(w -> waiversNow.computeIfAbsent(w.employeeId(), k -> new HashSet<>()).add(w));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement heldEpisodes = connection.prepareStatement("SELECT ASSIGNMENT_ID, EMPLOYEE_ID,"
                        + " COURSE_IRI, REACHED_ON, DUE_ON, ENDED_ON, RECUR_MONTHS FROM REPORT_TRAINING"
                        + " WHERE EMPLOYEE_ID = ?");
                PreparedStatement heldCompletions = connection.prepareStatement("SELECT ENROLMENT_ID, EMPLOYEE_ID,"
                        + " COURSE_IRI, COMPLETED_ON FROM REPORT_COMPLETION WHERE EMPLOYEE_ID = ?");
                PreparedStatement forgetEpisode = connection.prepareStatement(
                        "DELETE FROM REPORT_TRAINING WHERE ASSIGNMENT_ID = ?");
                PreparedStatement addEpisode = connection.prepareStatement("INSERT INTO REPORT_TRAINING (EMPLOYEE_ID,"
                        + " COURSE_IRI, REACHED_ON, DUE_ON, ENDED_ON, RECUR_MONTHS, ASSIGNMENT_ID)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement forgetCompletion = connection.prepareStatement(
                        "DELETE FROM REPORT_COMPLETION WHERE ENROLMENT_ID = ?");
                PreparedStatement addCompletion = connection.prepareStatement("INSERT INTO REPORT_COMPLETION"
                        + " (EMPLOYEE_ID, COURSE_IRI, COMPLETED_ON, ENROLMENT_ID) VALUES (?, ?, ?, ?)");
                PreparedStatement heldWaivers = connection.prepareStatement("SELECT WAIVER_ID, EMPLOYEE_ID,"
                        + " COURSE_IRI, FROM_ON, THROUGH_ON FROM REPORT_WAIVER WHERE EMPLOYEE_ID = ?");
                PreparedStatement forgetWaivers = connection.prepareStatement(
                        "DELETE FROM REPORT_WAIVER WHERE EMPLOYEE_ID = ?");
                PreparedStatement addWaiver = connection.prepareStatement("INSERT INTO REPORT_WAIVER (WAIVER_ID,"
                        + " EMPLOYEE_ID, COURSE_IRI, FROM_ON, THROUGH_ON) VALUES (?, ?, ?, ?, ?)")) {
            for (String employeeId : employeeIds) {
                Map<Long, TrainingRow> held = new HashMap<>();
                heldEpisodes.setString(1, employeeId);
                try (ResultSet rows = heldEpisodes.executeQuery()) {
                    while (rows.next()) {
                        int months = rows.getInt(7);
                        held.put(rows.getLong(1), new TrainingRow(rows.getLong(1), rows.getString(2),
                                rows.getString(3), rows.getDate(4).toLocalDate(), day(rows.getDate(5)),
                                day(rows.getDate(6)), rows.wasNull() ? null : months));
                    }
                }
                for (TrainingRow row : episodesNow.getOrDefault(employeeId, List.of())) {
                    TrainingRow was = held.remove(row.assignmentId());
                    if (row.equals(was)) {
                        continue;
                    }
                    if (was != null) {
                        forgetEpisode.setLong(1, was.assignmentId());
                        forgetEpisode.addBatch();
                    }
                    addEpisode.setString(1, row.employeeId());
                    addEpisode.setString(2, row.courseIri());
                    addEpisode.setDate(3, Date.valueOf(row.reachedOn()));
                    addEpisode.setDate(4, row.dueOn() == null ? null : Date.valueOf(row.dueOn()));
                    addEpisode.setDate(5, row.endedOn() == null ? null : Date.valueOf(row.endedOn()));
                    if (row.recurMonths() == null) {
                        addEpisode.setNull(6, Types.INTEGER);
                    } else {
                        addEpisode.setInt(6, row.recurMonths());
                    }
                    addEpisode.setLong(7, row.assignmentId());
                    addEpisode.addBatch();
                }
                for (TrainingRow gone : held.values()) {
                    forgetEpisode.setLong(1, gone.assignmentId());
                    forgetEpisode.addBatch();
                }
                Map<Long, CompletionRow> done = new HashMap<>();
                heldCompletions.setString(1, employeeId);
                try (ResultSet rows = heldCompletions.executeQuery()) {
                    while (rows.next()) {
                        done.put(rows.getLong(1), new CompletionRow(rows.getLong(1), rows.getString(2),
                                rows.getString(3), rows.getDate(4).toLocalDate()));
                    }
                }
                for (CompletionRow row : completionsNow.getOrDefault(employeeId, List.of())) {
                    CompletionRow was = done.remove(row.enrolmentId());
                    if (row.equals(was)) {
                        continue;
                    }
                    if (was != null) {
                        forgetCompletion.setLong(1, was.enrolmentId());
                        forgetCompletion.addBatch();
                    }
                    addCompletion.setString(1, row.employeeId());
                    addCompletion.setString(2, row.courseIri());
                    addCompletion.setDate(3, Date.valueOf(row.completedOn()));
                    addCompletion.setLong(4, row.enrolmentId());
                    addCompletion.addBatch();
                }
                for (CompletionRow gone : done.values()) {
                    forgetCompletion.setLong(1, gone.enrolmentId());
                    forgetCompletion.addBatch();
                }
                // waivers are few: a person's are written again only when they differ
                Set<WaiverRow> heldWaived = new HashSet<>();
                heldWaivers.setString(1, employeeId);
                try (ResultSet rows = heldWaivers.executeQuery()) {
                    while (rows.next()) {
                        heldWaived.add(new WaiverRow(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getDate(4).toLocalDate(), rows.getDate(5).toLocalDate()));
                    }
                }
                Set<WaiverRow> waived = waiversNow.getOrDefault(employeeId, Set.of());
                if (!heldWaived.equals(waived)) {
                    forgetWaivers.setString(1, employeeId);
                    forgetWaivers.addBatch();
                    for (WaiverRow row : waived) {
                        addWaiver.setLong(1, row.waiverId());
                        addWaiver.setString(2, row.employeeId());
                        addWaiver.setString(3, row.courseIri());
                        addWaiver.setDate(4, Date.valueOf(row.fromOn()));
                        addWaiver.setDate(5, Date.valueOf(row.throughOn()));
                        addWaiver.addBatch();
                    }
                }
            }
            // deletes first: a changed row is deleted and inserted again
            forgetEpisode.executeBatch();
            forgetCompletion.executeBatch();
            forgetWaivers.executeBatch();
            addEpisode.executeBatch();
            addCompletion.executeBatch();
            addWaiver.executeBatch();
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
    public List<PersonTraining> training(Collection<String> employeeIds) {
        List<PersonTraining> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement placed = connection.prepareStatement("SELECT FROM_ON, DEPARTMENT_CODE, ACTIVE"
                        + " FROM REPORT_PLACEMENT WHERE EMPLOYEE_ID = ?");
                PreparedStatement required = connection.prepareStatement("SELECT COURSE_IRI, REACHED_ON, DUE_ON,"
                        + " ENDED_ON, RECUR_MONTHS FROM REPORT_TRAINING WHERE EMPLOYEE_ID = ?");
                PreparedStatement completed = connection.prepareStatement(
                        "SELECT COURSE_IRI, COMPLETED_ON FROM REPORT_COMPLETION WHERE EMPLOYEE_ID = ?");
                PreparedStatement waived = connection.prepareStatement(
                        "SELECT COURSE_IRI, FROM_ON, THROUGH_ON FROM REPORT_WAIVER WHERE EMPLOYEE_ID = ?")) {
            for (String employeeId : employeeIds) {
                List<Placement> placements = new ArrayList<>();
                placed.setString(1, employeeId);
                try (ResultSet rows = placed.executeQuery()) {
                    while (rows.next()) {
                        placements.add(new Placement(rows.getDate(1).toLocalDate(), rows.getString(2),
                                rows.getBoolean(3)));
                    }
                }
                if (placements.isEmpty()) {
                    continue;
                }
                List<Episode> episodes = new ArrayList<>();
                required.setString(1, employeeId);
                try (ResultSet rows = required.executeQuery()) {
                    while (rows.next()) {
                        int months = rows.getInt(5);
                        Integer recur = rows.wasNull() ? null : months;
                        episodes.add(new Episode(rows.getString(1), rows.getDate(2).toLocalDate(),
                                day(rows.getDate(3)), day(rows.getDate(4)), recur));
                    }
                }
                Map<String, List<LocalDate>> completions = new HashMap<>();
                completed.setString(1, employeeId);
                try (ResultSet rows = completed.executeQuery()) {
                    while (rows.next()) {
                        completions.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                                .add(rows.getDate(2).toLocalDate());
                    }
                }
                List<Waived> waivers = new ArrayList<>();
                waived.setString(1, employeeId);
                try (ResultSet rows = waived.executeQuery()) {
                    while (rows.next()) {
                        waivers.add(new Waived(rows.getString(1), rows.getDate(2).toLocalDate(),
                                rows.getDate(3).toLocalDate()));
                    }
                }
                all.add(new PersonTraining(employeeId, placements, episodes, completions, waivers));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's training rows", e);
        }
    }

    @Override
    public List<String> placedPeople() {
        return ids("SELECT DISTINCT EMPLOYEE_ID FROM REPORT_PLACEMENT", null);
    }

    @Override
    public List<String> changingBy(LocalDate day) {
        return ids("SELECT EMPLOYEE_ID FROM REPORT_COMPLIANCE_DUE WHERE CHANGES_ON <= ?", day);
    }

    private List<String> ids(String sql, LocalDate day) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql)) {
            if (day != null) {
                read.setDate(1, Date.valueOf(day));
            }
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's people", e);
        }
    }

    @Override
    public void restate(Collection<String> employeeIds, List<MonthRow> rows, Map<String, LocalDate> changesOn) {
        Map<String, Map<YearMonth, MonthRow>> now = new HashMap<>();
        rows.forEach(r -> now.computeIfAbsent(r.employeeId(), k -> new HashMap<>()).put(r.month(), r));
        Map<List<Object>, MonthCount> moved = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement held = connection.prepareStatement("SELECT MONTH_START, DEPARTMENT_CODE, REQUIRED,"
                    + " COMPLETED, DUE, ON_TIME FROM REPORT_COMPLIANCE_PERSON WHERE EMPLOYEE_ID = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO REPORT_COMPLIANCE_PERSON"
                            + " (DEPARTMENT_CODE, REQUIRED, COMPLETED, DUE, ON_TIME, EMPLOYEE_ID, MONTH_START)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement update = connection.prepareStatement("UPDATE REPORT_COMPLIANCE_PERSON SET"
                            + " DEPARTMENT_CODE = ?, REQUIRED = ?, COMPLETED = ?, DUE = ?, ON_TIME = ?"
                            + " WHERE EMPLOYEE_ID = ? AND MONTH_START = ?");
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM REPORT_COMPLIANCE_PERSON WHERE EMPLOYEE_ID = ? AND MONTH_START = ?");
                    PreparedStatement forgetDue = connection.prepareStatement(
                            "DELETE FROM REPORT_COMPLIANCE_DUE WHERE EMPLOYEE_ID = ?");
                    PreparedStatement addDue = connection.prepareStatement(
                            "INSERT INTO REPORT_COMPLIANCE_DUE (EMPLOYEE_ID, CHANGES_ON) VALUES (?, ?)")) {
                for (String employeeId : employeeIds) {
                    Map<YearMonth, MonthRow> mine = now.getOrDefault(employeeId, Map.of());
                    Map<YearMonth, MonthRow> before = new HashMap<>();
                    held.setString(1, employeeId);
                    try (ResultSet found = held.executeQuery()) {
                        while (found.next()) {
                            YearMonth month = YearMonth.from(found.getDate(1).toLocalDate());
                            before.put(month, new MonthRow(employeeId, month, found.getString(2), new MonthCount(
                                    found.getInt(3), found.getInt(4), found.getInt(5), found.getInt(6))));
                        }
                    }
                    for (MonthRow was : before.values()) {
                        MonthRow is = mine.get(was.month());
                        if (is == null) {
                            delete.setString(1, employeeId);
                            delete.setDate(2, Date.valueOf(was.month().atDay(1)));
                            delete.addBatch();
                            move(moved, was, -1);
                        } else if (!is.equals(was)) {
                            bind(update, is);
                            update.addBatch();
                            move(moved, was, -1);
                            move(moved, is, 1);
                        }
                    }
                    for (MonthRow is : mine.values()) {
                        if (!before.containsKey(is.month())) {
                            bind(insert, is);
                            insert.addBatch();
                            move(moved, is, 1);
                        }
                    }
                    forgetDue.setString(1, employeeId);
                    forgetDue.addBatch();
                    addDue.setString(1, employeeId);
                    LocalDate changes = changesOn.get(employeeId);
                    addDue.setDate(2, changes == null ? null : Date.valueOf(changes));
                    addDue.addBatch();
                }
                delete.executeBatch();
                update.executeBatch();
                insert.executeBatch();
                forgetDue.executeBatch();
                addDue.executeBatch();
            }
            try (PreparedStatement add = connection.prepareStatement("UPDATE REPORT_COMPLIANCE_MONTH SET"
                    + " REQUIRED = REQUIRED + ?, COMPLETED = COMPLETED + ?, DUE = DUE + ?, ON_TIME = ON_TIME + ?"
                    + " WHERE DEPARTMENT_CODE = ? AND MONTH_START = ?");
                    PreparedStatement first = connection.prepareStatement("INSERT INTO REPORT_COMPLIANCE_MONTH"
                            + " (REQUIRED, COMPLETED, DUE, ON_TIME, DEPARTMENT_CODE, MONTH_START)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<List<Object>, MonthCount> m : moved.entrySet()) {
                    MonthCount c = m.getValue();
                    for (PreparedStatement statement : List.of(add, first)) {
                        statement.setInt(1, c.required());
                        statement.setInt(2, c.completed());
                        statement.setInt(3, c.due());
                        statement.setInt(4, c.onTime());
                        statement.setString(5, (String) m.getKey().get(0));
                        statement.setDate(6, Date.valueOf(((YearMonth) m.getKey().get(1)).atDay(1)));
                    }
                    if (add.executeUpdate() == 0) {
                        first.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write reporting's compliance counts", e);
        }
    }

    /** Adds (sign 1) or takes away (sign -1) a person's month in the department's count of that month. */
    private static void move(Map<List<Object>, MonthCount> moved, MonthRow row, int sign) {
        MonthCount c = row.count();
        moved.merge(List.of(row.departmentCode(), row.month()), new MonthCount(sign * c.required(),
                sign * c.completed(), sign * c.due(), sign * c.onTime()), (a, b) -> new MonthCount(
                        a.required() + b.required(), a.completed() + b.completed(), a.due() + b.due(),
                        a.onTime() + b.onTime()));
    }

    private static void bind(PreparedStatement statement, MonthRow row) throws SQLException {
        statement.setString(1, row.departmentCode());
        statement.setInt(2, row.count().required());
        statement.setInt(3, row.count().completed());
        statement.setInt(4, row.count().due());
        statement.setInt(5, row.count().onTime());
        statement.setString(6, row.employeeId());
        statement.setDate(7, Date.valueOf(row.month().atDay(1)));
    }

    @Override
    public Map<String, Map<YearMonth, MonthCount>> months(YearMonth from) {
        Map<String, Map<YearMonth, MonthCount>> all = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT DEPARTMENT_CODE, MONTH_START, REQUIRED,"
                        + " COMPLETED, DUE, ON_TIME FROM REPORT_COMPLIANCE_MONTH WHERE MONTH_START >= ?")) {
            read.setDate(1, Date.valueOf(from.atDay(1)));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    all.computeIfAbsent(rows.getString(1), k -> new HashMap<>()).put(
                            YearMonth.from(rows.getDate(2).toLocalDate()),
                            new MonthCount(rows.getInt(3), rows.getInt(4), rows.getInt(5), rows.getInt(6)));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reporting's compliance counts", e);
        }
    }

    @Override
    public void recount() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM REPORT_COMPLIANCE_MONTH");
            statement.executeUpdate("INSERT INTO REPORT_COMPLIANCE_MONTH (DEPARTMENT_CODE, MONTH_START, REQUIRED,"
                    + " COMPLETED, DUE, ON_TIME) SELECT DEPARTMENT_CODE, MONTH_START, SUM(REQUIRED), SUM(COMPLETED),"
                    + " SUM(DUE), SUM(ON_TIME) FROM REPORT_COMPLIANCE_PERSON GROUP BY DEPARTMENT_CODE, MONTH_START");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count reporting's compliance again", e);
        }
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
