package org.carelearn.reporting.application;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.RuleDefinition;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.competency.application.CompetencyRequirements;
import org.carelearn.competency.application.CompletionEvidence;
import org.carelearn.competency.application.CourseMappings;
import org.carelearn.competency.application.EvidenceLedger;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.StandingPolicy;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.MonthCount;
import org.carelearn.reporting.domain.Tally;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.SampleFrameworks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reporting's coverage read model in the real server: kept current from staff's and competency's events after they
 * commit, it gives the same matrix as an independent count written here in SQL against the source contexts' own
 * tables (staff, competency requirements, evidence), today and on a past day, by department and job role; a
 * rebuild from the source data writes exactly the rows the live updates wrote, also after a person moved; compliance
 * over time agrees month by month with a count in SQL over assignment's and learning's tables.
 *
 * <p>The fixture, in a department and job role of its own (the job role needs competency A at level 2 for 24
 * months everywhere, and B at level 2 for 12 months in this department only; one course shows both at level 2):
 * p1 completed the course 30 days ago (A and B competent), p2 23 months ago (A expiring, B expired), p3 30 months
 * ago (both expired), p4 assessed herself at A today (A in progress: self-assessment never counts on its own), p5
 * has nothing, p6 completed 10 days ago (competent today, never shown 20 days ago); p7 is in the department in
 * another job role (needs neither), p8 has the job role in social work (needs A, not B).
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");
    private static final String OTHER_DEPARTMENT = "SOCWORK";
    private static final String OTHER_ROLE = "SW-ONC";

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    Organisation organisation;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    Frameworks frameworks;

    @Inject
    CompetencyRequirements requirements;

    @Inject
    CourseMappings mappings;

    @Inject
    Catalog catalog;

    @Inject
    CompletionEvidence completions;

    @Inject
    EvidenceLedger ledger;

    @Inject
    StandingPolicy policy;

    @Inject
    HospitalTime time;

    @Inject
    CoverageReport report;

    @Inject
    ReadModelUpkeep upkeep;

    @Inject
    ComplianceReport compliance;

    @Inject
    AssignmentRules rules;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private final List<String> people = new ArrayList<>();
    private String department;
    private String role;
    private String a;
    private String b;

    @Test
    void theMatrixAgreesWithAnIndependentCountAndARebuildWithTheLiveUpdates() throws Exception {
        LocalDate today = time.today();
        aDepartmentItsPeopleAndTheirEvidence(today);

        // live updates: every number of the department's cells as the SQL below counts them, and as the fixture says
        CoverageQuery now = CoverageQuery.today();
        Tally aToday = awaitCell(now, department, a, () -> count(department, role, a, today));
        assertEquals(new Tally(2, 1, 1, 1, 1), aToday, "A today: p1 p6 competent, p2 expiring, p3 expired, p4 in"
                + " progress, p5 never shown");
        assertEquals(new Tally(2, 0, 2, 0, 2), awaitCell(now, department, b, () -> count(department, role, b, today)),
                "B today: p1 p6 competent, p2 p3 expired (12 months), p4 p5 never shown");

        LocalDate earlier = today.minusDays(20);
        CoverageQuery then = new CoverageQuery(null, earlier);
        assertEquals(count(department, role, a, earlier), cell(then, department, a));
        assertEquals(new Tally(1, 1, 1, 0, 3), cell(then, department, a),
                "20 days ago p6 had not completed the course and p4 had not assessed herself");

        // the job role filter: the hospital's row adds p8 (social work) to A, nothing to B
        CoverageQuery ofRole = new CoverageQuery(role, null);
        Tally hospitalA = report.matrix(ofRole).hospital().cell(a);
        assertEquals(count(null, role, a, today), hospitalA);
        assertEquals(aToday.plus(CompetencyStatus.NOT_STARTED), hospitalA);
        assertEquals(count(department, role, b, today), report.matrix(ofRole).hospital().cell(b));
        assertEquals(Tally.EMPTY, report.matrix(new CoverageQuery(OTHER_ROLE, null)).rows().stream()
                .filter(r -> department.equals(r.departmentCode())).findFirst().orElseThrow().cell(a),
                "p7's job role needs nothing of this framework");

        // the people behind a cell
        assertEquals(List.of(people.get(2)), report.people(now, department, a, CompetencyStatus.EXPIRED).stream()
                .map(CoveragePerson::employeeId).toList());
        assertEquals(people.subList(0, 6).stream().sorted().toList(), report.people(now, department, a, null).stream()
                .map(CoveragePerson::employeeId).sorted().toList());

        // a rebuild from the source data writes what the live updates wrote, and is in the audit trail
        List<String> live = readModelRows();
        Rebuild rebuilt = upkeep.rebuild(ADMIN);
        assertTrue(rebuilt.people() >= people.size(), rebuilt.toString());
        assertEquals(live, readModelRows());
        assertTrue(audited("REPORTS_REBUILT", "read-models"), "the rebuild is in the audit trail");

        complianceAgreesWithAnIndependentCount(today);

        // a move (HR import): p5 leaves for social work; the department's cell follows, and agrees with a rebuild
        String p5 = people.get(4);
        importRows(row(p5, "Moved", OTHER_DEPARTMENT, role));
        Tally afterMove = awaitCell(now, department, a, () -> count(department, role, a, today));
        assertEquals(new Tally(2, 1, 1, 1, 0), afterMove);
        awaitEqual(() -> count(null, role, a, today), () -> report.matrix(ofRole).hospital().cell(a));
        List<String> afterMoveLive = readModelRows();
        upkeep.rebuild(ADMIN);
        assertEquals(afterMoveLive, readModelRows());
    }

    /**
     * Compliance over time, from history: a rule requires a second course of the department (everyone in it, due 30
     * days after it reached them); then, as if it had happened months ago, p1 to p4's assignments reached them five
     * months back, p1 completed 10 days after (on time), p2 15 days after the due day (late), p3 never but was
     * waived from 20 days after it reached them until 20 days after it was due, and p4's requirement ended 60 days
     * after it began. Written behind the events' back, so the read model learns it from a rebuild. Each of the 24
     * months is then counted in SQL from assignment's and learning's own tables.
     */
    private void complianceAgreesWithAnIndependentCount(LocalDate today) throws Exception {
        String training = SampleCourses.uniqueCourseIri();
        catalog.importPackage("reporting-it-training.zip", new ByteArrayInputStream(SampleCourses.goodPackage(
                training, "Reporting training")), ADMIN);
        rules.create(ADMIN, RuleDefinition.course("Reporting IT training", training, TargetKind.DEPARTMENT, null,
                department, null, 30));
        LocalDate reached = today.minusMonths(5).withDayOfMonth(3);
        LocalDate due = reached.plusDays(30);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement back = connection.prepareStatement("UPDATE ASSIGNMENT SET REACHED_ON = ?,"
                        + " DUE_ON = ?, ENDED_AT = ? WHERE EMPLOYEE_ID = ? AND COURSE_IRI = ?");
                PreparedStatement done = connection.prepareStatement("UPDATE ENROLMENT SET STATUS = 'COMPLETED',"
                        + " PROGRESS = 100, SATISFIED_AT = ? WHERE EMPLOYEE_ID = ? AND COURSE_IRI = ?")) {
            for (int i = 0; i < 4; i++) {
                back.setDate(1, Date.valueOf(reached));
                back.setDate(2, Date.valueOf(due));
                // at noon UTC, the same day in the hospital's zone (America/New_York), as the SQL below takes it
                back.setTimestamp(3, i == 3 ? Timestamp.valueOf(reached.plusDays(60).atTime(12, 0)) : null);
                back.setString(4, people.get(i));
                back.setString(5, training);
                assertEquals(1, back.executeUpdate());
            }
            // an ended waiver, as assignment stores one (an id no sequence reaches)
            try (PreparedStatement waiver = connection.prepareStatement("INSERT INTO ASSIGNMENT_WAIVER (ID,"
                    + " EMPLOYEE_ID, COURSE_IRI, REASON, ENDS_ON, GRANTED_AT, GRANTED_BY, VERSION)"
                    + " VALUES (?, ?, ?, 'On extended leave', ?, ?, 'admin', 1)")) {
                waiver.setLong(1, 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
                waiver.setString(2, people.get(2));
                waiver.setString(3, training);
                waiver.setDate(4, Date.valueOf(due.plusDays(20)));
                waiver.setTimestamp(5, Timestamp.valueOf(reached.plusDays(20).atTime(12, 0)));
                assertEquals(1, waiver.executeUpdate());
            }
            for (int i = 0; i < 2; i++) {
                done.setTimestamp(1, Timestamp.valueOf((i == 0 ? reached.plusDays(10) : due.plusDays(15))
                        .atTime(12, 0)));
                done.setString(2, people.get(i));
                done.setString(3, training);
                assertEquals(1, done.executeUpdate());
            }
        }
        upkeep.rebuild(ADMIN);
        ComplianceTable table = compliance.lastMonths();
        assertEquals(ComplianceReport.MONTHS, table.months().size());
        for (YearMonth month : table.months()) {
            LocalDate last = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
            awaitEqual(() -> monthCount(month.atDay(1), last), () -> departmentAt(month));
        }
        // and by hand (reached on the 3rd, so due 30 days later falls in the next month, p1's completion 10 days
        // after in the same month, p2's 15 days after the due day in the next, p3's waiver from 20 days after it
        // reached them to 50 days after (before the next month's end, 53 to 59 days after), p4's end 60 days after
        // in the one after that; all of it at least two months before this one, where p5 to p7 and the renewals
        // arrive):
        YearMonth first = YearMonth.from(reached);
        assertEquals(new MonthCount(3, 1, 0, 0), departmentAt(first), "p1, p2 and p4 required (p3 waived), p1 done");
        assertEquals(new MonthCount(4, 2, 3, 1), departmentAt(first.plusMonths(1)),
                "p3 required again; three due (p3's due day was waived), p1 on time, p2 late");
        assertEquals(new MonthCount(3, 2, 0, 0), departmentAt(first.plusMonths(2)), "p4's requirement ended");
    }

    private MonthCount departmentAt(YearMonth month) {
        return compliance.lastMonths().departments().stream().filter(d -> department.equals(d.code())).findFirst()
                .map(d -> d.at(month)).orElse(MonthCount.NONE);
    }

    /**
     * The independent count of one month: the department's active people's assignments (one per person and
     * course) in force and not waived on the month's last day, those with a completed enrolment by then, the ones
     * that fell due during the month while in force and not waived, and those completed by their due day.
     * Non-recurring, as the fixture is.
     */
    private MonthCount monthCount(LocalDate first, LocalDate last) {
        String people = " FROM ASSIGNMENT a JOIN STAFF_MEMBER s ON s.EMPLOYEE_ID = a.EMPLOYEE_ID"
                + " JOIN DEPARTMENT d ON d.ID = s.DEPARTMENT_ID WHERE s.ACTIVE = TRUE AND d.CODE = ?";
        String completedBy = " EXISTS (SELECT 1 FROM ENROLMENT e WHERE e.EMPLOYEE_ID = a.EMPLOYEE_ID"
                + " AND e.COURSE_IRI = a.COURSE_IRI AND e.STATUS = 'COMPLETED' AND CAST(e.SATISFIED_AT AS DATE) <= ";
        String notWaived = " AND NOT EXISTS (SELECT 1 FROM ASSIGNMENT_WAIVER w WHERE w.EMPLOYEE_ID = a.EMPLOYEE_ID"
                + " AND w.COURSE_IRI = a.COURSE_IRI AND CAST(w.GRANTED_AT AS DATE) <= %1$s"
                + " AND COALESCE(w.REVOKED_ON, w.ENDS_ON) >= %1$s)";
        String inForce = " AND a.REACHED_ON <= ? AND (a.ENDED_AT IS NULL OR CAST(a.ENDED_AT AS DATE) > ?)"
                + String.format(notWaived, "?");
        // one DISTINCT count per statement: Derby counts no more than one in a query
        String course = "a.EMPLOYEE_ID || '|' || a.COURSE_IRI";
        String round = course + " || '|' || CHAR(a.DUE_ON)";
        String dueInMonth = people + " AND a.DUE_ON BETWEEN ? AND ? AND a.REACHED_ON <= a.DUE_ON"
                + " AND (a.ENDED_AT IS NULL OR CAST(a.ENDED_AT AS DATE) > a.DUE_ON)"
                + String.format(notWaived, "a.DUE_ON");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement required = connection.prepareStatement("SELECT COUNT(DISTINCT " + course + ")"
                        + people + inForce);
                PreparedStatement completed = connection.prepareStatement("SELECT COUNT(DISTINCT " + course + ")"
                        + people + inForce + " AND" + completedBy + "?)");
                PreparedStatement due = connection.prepareStatement("SELECT COUNT(DISTINCT " + round + ")"
                        + dueInMonth);
                PreparedStatement onTime = connection.prepareStatement("SELECT COUNT(DISTINCT " + round + ")"
                        + dueInMonth + " AND" + completedBy + "a.DUE_ON)")) {
            for (PreparedStatement inForceOn : List.of(required, completed)) {
                inForceOn.setString(1, department);
                inForceOn.setDate(2, Date.valueOf(last));
                inForceOn.setDate(3, Date.valueOf(last));
                inForceOn.setDate(4, Date.valueOf(last));
                inForceOn.setDate(5, Date.valueOf(last));
            }
            completed.setDate(6, Date.valueOf(last));
            for (PreparedStatement fellDue : List.of(due, onTime)) {
                fellDue.setString(1, department);
                fellDue.setDate(2, Date.valueOf(first));
                fellDue.setDate(3, Date.valueOf(last));
            }
            return new MonthCount(single(required), single(completed), single(due), single(onTime));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int single(PreparedStatement count) throws java.sql.SQLException {
        try (ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void aDepartmentItsPeopleAndTheirEvidence(LocalDate today) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(100_000L, 999_999L));
        department = "RPT" + suffix;
        role = "RPTR" + suffix;
        organisation.addDepartment(ADMIN, department, "Reporting IT " + suffix);
        organisation.addJobRole(ADMIN, role, "Reporting IT role " + suffix);
        FrameworkDefinition framework = SampleFrameworks.framework("Reporting IT " + suffix);
        frameworks.publish(ADMIN, framework);
        a = framework.competencies().get(0).identifier();
        b = framework.competencies().get(1).identifier();
        requirements.set(ADMIN, role, null, a, 2, 24);
        requirements.set(ADMIN, role, department, b, 2, 12);
        String course = SampleCourses.uniqueCourseIri();
        catalog.importPackage("reporting-it.zip", new ByteArrayInputStream(SampleCourses.goodPackage(course,
                "Reporting course")), ADMIN);
        mappings.set(ADMIN, course, a, 2);
        mappings.set(ADMIN, course, b, 2);

        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String id = uniqueEmployeeId();
            people.add(id);
            rows.add(row(id, "P" + i, i == 8 ? OTHER_DEPARTMENT : department, i == 7 ? OTHER_ROLE : role));
        }
        importRows(rows.toArray(String[]::new));

        complete(people.get(0), course, today.minusDays(30));
        complete(people.get(1), course, today.minusMonths(23));
        complete(people.get(2), course, today.minusMonths(30));
        ledger.record(new Actor(people.get(3).toLowerCase(), null), new NewEvidence(people.get(3), a,
                EvidenceKind.SELF_ASSESSMENT, 2, people.get(3), "I think so", null, List.of(), null));
        complete(people.get(5), course, today.minusDays(10));
    }

    private void complete(String employeeId, String course, LocalDate on) {
        Instant at = on.atTime(LocalTime.NOON).atZone(time.getZone()).toInstant();
        assertEquals(2, completions.record(new CourseCompleted(-1, employeeId, course, at)));
    }

    private static String row(String id, String given, String department, String role) {
        return String.join(",", id, given, "Reporter " + id, id.toLowerCase() + "@reporting.lindenridge.example",
                department, role, "", "2022-05-01", "true");
    }

    private void importRows(String... rows) {
        ImportResult result = hrFeed.run(ADMIN, "reporting-it.csv", new StringReader(hrFeed(rows)),
                ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
    }

    private Tally cell(CoverageQuery query, String departmentCode, String competency) {
        return report.matrix(query).rows().stream().filter(r -> departmentCode.equals(r.departmentCode()))
                .findFirst().map(r -> r.cell(competency)).orElse(Tally.EMPTY);
    }

    /** The cell once the read model has caught up with the count (writes after a commit run in the background). */
    private Tally awaitCell(CoverageQuery query, String departmentCode, String competency, Supplier<Tally> expected)
            throws InterruptedException {
        return awaitEqual(expected, () -> cell(query, departmentCode, competency));
    }

    private static <T> T awaitEqual(Supplier<T> expected, Supplier<T> actual) throws InterruptedException {
        T want = expected.get();
        T got = actual.get();
        for (int i = 0; i < 240 && !Objects.equals(want, got); i++) {
            Thread.sleep(500);
            want = expected.get();
            got = actual.get();
        }
        assertEquals(want, got, "the report against the independent count");
        return got;
    }

    /**
     * The independent count: the active people of the department (every department for null) and job role whose
     * requirement names the competency (the fixture sets one per competency), each classified on the day from
     * competency's own evidence table by StandingRule's words: the latest showing at the level needed or above that
     * counts on its own (not a self-assessment) lapses the months later; expiring within the window, expired once
     * lapsed; without one, in progress with any evidence given by then, else never shown.
     */
    private Tally count(String departmentCode, String jobRoleCode, String competency, LocalDate on) {
        String sql = "SELECT STATUS, COUNT(*) FROM (SELECT CASE"
                + " WHEN x.LAST_SHOWN IS NULL THEN CASE WHEN x.ANY_EVIDENCE > 0 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END"
                + " WHEN {fn TIMESTAMPADD(SQL_TSI_MONTH, x.MONTHS_CURRENT, x.LAST_SHOWN)} <= ? THEN 'EXPIRED'"
                + " WHEN {fn TIMESTAMPADD(SQL_TSI_MONTH, x.MONTHS_CURRENT, x.LAST_SHOWN)} <= ? THEN 'EXPIRING'"
                + " ELSE 'COMPETENT' END AS STATUS FROM ("
                + "  SELECT s.EMPLOYEE_ID, r.MONTHS_CURRENT,"
                + "   (SELECT MAX(e.GIVEN_ON) FROM COMPETENCY_EVIDENCE e WHERE e.EMPLOYEE_ID = s.EMPLOYEE_ID"
                + "     AND e.COMPETENCY_IDENTIFIER = r.COMPETENCY_IDENTIFIER AND e.KIND <> 'SELF_ASSESSMENT'"
                + "     AND e.LEVEL_SHOWN >= r.LEVEL_NEEDED AND e.GIVEN_ON <= ?) AS LAST_SHOWN,"
                + "   (SELECT COUNT(*) FROM COMPETENCY_EVIDENCE e WHERE e.EMPLOYEE_ID = s.EMPLOYEE_ID"
                + "     AND e.COMPETENCY_IDENTIFIER = r.COMPETENCY_IDENTIFIER AND e.GIVEN_ON <= ?) AS ANY_EVIDENCE"
                + "  FROM STAFF_MEMBER s JOIN DEPARTMENT d ON d.ID = s.DEPARTMENT_ID JOIN JOB_ROLE j ON j.ID = s.JOB_ROLE_ID"
                + "  JOIN COMPETENCY_REQUIREMENT r ON r.JOB_ROLE_CODE = j.CODE AND r.COMPETENCY_IDENTIFIER = ?"
                + "   AND (r.DEPARTMENT_CODE IS NULL OR r.DEPARTMENT_CODE = d.CODE)"
                + "  WHERE s.ACTIVE = TRUE AND j.CODE = ? AND (CAST(? AS VARCHAR(32)) IS NULL OR d.CODE = ?)"
                + " ) x) y GROUP BY STATUS";
        Tally tally = Tally.EMPTY;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.valueOf(on.atStartOfDay()));
            query.setTimestamp(2, Timestamp.valueOf(on.plusDays(policy.rule().expiringDays()).atStartOfDay()));
            query.setDate(3, Date.valueOf(on));
            query.setDate(4, Date.valueOf(on));
            query.setString(5, competency);
            query.setString(6, jobRoleCode);
            query.setString(7, departmentCode);
            query.setString(8, departmentCode);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CompetencyStatus status = CompetencyStatus.valueOf(rows.getString(1));
                    for (long i = rows.getLong(2); i > 0; i--) {
                        tally = tally.plus(status);
                    }
                }
            }
            return tally;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every read-model row of the fixture's people, as text, in a fixed order (the time written left out). */
    private List<String> readModelRows() throws Exception {
        List<String> all = new ArrayList<>();
        String in = String.join(",", people.stream().map(p -> "?").toList());
        for (String sql : List.of(
                "SELECT EMPLOYEE_ID, DISPLAY_NAME, SORT_NAME, DEPARTMENT_CODE, DEPARTMENT_NAME, JOB_ROLE_CODE,"
                        + " JOB_ROLE_TITLE FROM REPORT_PERSON WHERE EMPLOYEE_ID IN (" + in + ") ORDER BY 1",
                "SELECT EMPLOYEE_ID, COMPETENCY_IDENTIFIER, LEVEL_NEEDED, MONTHS_CURRENT FROM REPORT_NEED"
                        + " WHERE EMPLOYEE_ID IN (" + in + ") ORDER BY 1, 2",
                "SELECT EVIDENCE_ID, EMPLOYEE_ID, COMPETENCY_IDENTIFIER, KIND, LEVEL_SHOWN, GIVEN_ON, GIVEN_BY,"
                        + " FRAMEWORK_VERSION FROM REPORT_EVIDENCE WHERE EMPLOYEE_ID IN (" + in + ") ORDER BY 1")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < people.size(); i++) {
                    query.setString(i + 1, people.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            line.append(rows.getString(c)).append('|');
                        }
                        all.add(line.toString());
                    }
                }
            }
        }
        assertTrue(all.size() > people.size(), "the read model holds the fixture: " + all);
        return all;
    }

    private boolean audited(String action, String target) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM AUDIT_EVENT"
                        + " WHERE ACTION = ? AND TARGET_ID = ? AND ACTOR = ?")) {
            query.setString(1, action);
            query.setString(2, target);
            query.setString(3, ADMIN.username());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
