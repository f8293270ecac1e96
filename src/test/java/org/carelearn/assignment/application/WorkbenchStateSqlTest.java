package org.carelearn.assignment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.RequirementState;
import org.carelearn.assignment.domain.WaiverNote;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.domain.EnrolmentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database decides the workbench's states from the read model with {@link WorkbenchState#sqlCase}, Java with
 * {@link WorkbenchState#of}: the two must agree on every requirement state, every kind of enrolment and every side
 * of both day limits (the due day itself, and {@link WorkbenchState#DUE_SOON_DAYS} ahead). Run against Derby in
 * memory, the database CareLearn runs on, with the read model's own table from V015.
 */
class WorkbenchStateSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    private Connection connection;

    @BeforeEach
    void openDatabase() throws Exception {
        connection = DriverManager.getConnection("jdbc:derby:memory:states-" + UUID.randomUUID() + ";create=true");
        String script = new String(getClass().getResourceAsStream("/db/derby/V015__assignment_workbench_read_model.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try (Statement sql = connection.createStatement()) {
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
        }
    }

    @AfterEach
    void closeDatabase() throws Exception {
        connection.close();
    }

    @Test
    void theDatabaseAndWorkbenchStateAgreeOnEveryCase() throws Exception {
        List<LocalDate> dues = Arrays.asList(null, TODAY.minusDays(30), TODAY.minusDays(1), TODAY, TODAY.plusDays(1),
                TODAY.plusDays(WorkbenchState.DUE_SOON_DAYS - 1), TODAY.plusDays(WorkbenchState.DUE_SOON_DAYS),
                TODAY.plusDays(WorkbenchState.DUE_SOON_DAYS + 1), TODAY.plusDays(365));
        List<EnrolmentSnapshot> enrolments = Arrays.asList(null,
                enrolment(EnrolmentStatus.NOT_STARTED, 0), enrolment(EnrolmentStatus.NOT_STARTED, 20),
                enrolment(EnrolmentStatus.IN_PROGRESS, 0), enrolment(EnrolmentStatus.IN_PROGRESS, 60),
                enrolment(EnrolmentStatus.COMPLETED, 100));
        List<WorkbenchState> expected = new ArrayList<>();
        int id = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ASSIGNMENT_WORKBENCH_ROW"
                + " (EMPLOYEE_ID, SORT_NAME, COURSE_IRI, STANDING, DUE_ON, PROGRESS, RULES)"
                + " VALUES (?, 'Name', 'c', ?, ?, 0, 'Rule')")) {
            for (RequirementState requirementState : RequirementState.values()) {
                for (LocalDate due : dues) {
                    for (EnrolmentSnapshot enrolment : enrolments) {
                        Requirement requirement = requirement(requirementState, due);
                        expected.add(WorkbenchState.of(requirement, enrolment, TODAY));
                        insert.setString(1, String.format("P%04d", id++));
                        insert.setString(2, WorkbenchState.standing(requirement, enrolment).name());
                        if (due == null) {
                            insert.setNull(3, Types.DATE);
                        } else {
                            insert.setDate(3, Date.valueOf(due));
                        }
                        insert.executeUpdate();
                    }
                }
            }
            // someone with nothing required: one row with no course and no due date
            expected.add(WorkbenchState.NONE_ASSIGNED);
            insert.setString(1, String.format("P%04d", id++));
            insert.setString(2, WorkbenchState.NONE_ASSIGNED.name());
            insert.setNull(3, Types.DATE);
            insert.executeUpdate();
        }
        String state = WorkbenchState.sqlCase("STANDING", "DUE_ON", TODAY);
        List<WorkbenchState> decided = new ArrayList<>();
        List<Integer> urgencies = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT " + state + ", " + WorkbenchState.sqlUrgency(state)
                        + " FROM ASSIGNMENT_WORKBENCH_ROW ORDER BY EMPLOYEE_ID")) {
            while (rows.next()) {
                decided.add(WorkbenchState.valueOf(rows.getString(1).strip()));
                urgencies.add(rows.getInt(2));
            }
        }
        assertEquals(expected, decided);
        assertEquals(expected.stream().map(WorkbenchState::ordinal).toList(), urgencies,
                "the database orders states as the enum does");
        assertTrue(expected.containsAll(List.of(WorkbenchState.values())), "every state was reached: " + expected);
    }

    private static Requirement requirement(RequirementState state, LocalDate due) {
        WaiverNote waiver = state == RequirementState.WAIVED
                ? new WaiverNote(7L, "Equivalent training elsewhere", TODAY.plusDays(90), "manager", NOON) : null;
        return new Requirement("LR1", "c", state, state == RequirementState.WAIVED ? null : due, null,
                state == RequirementState.COMPLETED ? TODAY.minusDays(10) : null, List.of("Rule"), List.of(1L), waiver);
    }

    private static EnrolmentSnapshot enrolment(EnrolmentStatus status, int progress) {
        return new EnrolmentSnapshot(1, "LR1", "c", "Course", status, progress, NOON,
                status == EnrolmentStatus.COMPLETED ? NOON : null);
    }
}
