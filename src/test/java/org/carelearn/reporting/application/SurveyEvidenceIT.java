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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.application.experience.ExperienceReport;
import org.carelearn.reporting.application.experience.ExperienceRow;
import org.carelearn.reporting.application.experience.ScoreImport;
import org.carelearn.reporting.application.experience.ScoreImportResult;
import org.carelearn.reporting.application.pack.PackPerson;
import org.carelearn.reporting.application.pack.PackSources;
import org.carelearn.reporting.application.pack.PackTraining;
import org.carelearn.reporting.domain.Quarter;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.SampleFrameworks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The patient experience page's coverage and the survey-ready pack's content in the real server, against counts
 * written here in SQL over the source contexts' own tables (staff, competency requirements and evidence,
 * assignment, enrolments, certificates), never through reporting's read models.
 *
 * <p>The fixture, in a department and job role of its own (the job role needs competency A at level 2 for 24
 * months): p1 completed a course showing A 400 days ago, p2 on the first day of this quarter, p3 assessed herself,
 * p4 has nothing. So at the end of the last quarter one of four held A, and today two. A measure of its own maps to
 * A. A rule requires a second course of the department; p1 completed it 20 days ago and holds its certificate.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyEvidenceIT {

    private static final Actor LEADER = new Actor("leader", "10.9.8.6");
    private static final Actor ADMIN = new Actor("admin", "10.9.8.6");

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
    AssignmentRules rules;

    @Inject
    HospitalTime time;

    @Inject
    ScoreImport scores;

    @Inject
    ExperienceReport experience;

    @Inject
    PackSources packs;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private final List<String> people = new ArrayList<>();
    private String department;
    private String a;

    @Test
    void coverageBesideTheScoresAndThePacksContentAgreeWithCountsInSql() throws Exception {
        LocalDate today = time.today();
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(100_000L, 999_999L));
        fixture(today, suffix);

        String measure = "Pack IT measure " + suffix;
        experience.addMeasure(LEADER, measure);
        experience.map(LEADER, measure, a);
        Quarter now = Quarter.of(today);
        Quarter before = now.previous();
        ScoreImportResult imported = scores.run(LEADER, "survey-evidence-it.csv", new StringReader(
                "department,quarter,measure,top_box_percent,surveys\n"
                        + department + "," + before + "," + measure + ",71.25,40\n"
                        + department + "," + now + "," + measure + ",80,12\n"));
        assertTrue(imported.accepted(), imported.problems().toString());
        assertEquals(2, imported.added());

        // each row's coverage against the count in SQL on the quarter's last day (today for this one)
        awaitEqual(() -> List.of(holding(before.lastDay()), holding(today)), () -> experience.rows(department, measure)
                .stream().sorted(java.util.Comparator.comparing(ExperienceRow::quarter))
                .map(r -> r.holding() + " of " + r.needing()).toList());
        List<ExperienceRow> rows = experience.rows(department, measure);
        assertEquals(List.of(now.toString(), before.toString()), rows.stream().map(ExperienceRow::quarter).toList(),
                "newest quarter first");
        assertEquals("2 of 4", rows.get(0).holding() + " of " + rows.get(0).needing(), "p1 and p2 hold A today");
        assertEquals("1 of 4", rows.get(1).holding() + " of " + rows.get(1).needing(), "only p1 at the last quarter's end");
        assertEquals(new java.math.BigDecimal("71.25"), rows.get(1).topBoxPercent());
        assertEquals(before.lastDay(), rows.get(1).coveredOn());

        // the pack: each person's job role, competencies held and training against SQL
        List<PackPerson> pack = awaitPack();
        for (PackPerson person : pack) {
            assertEquals(sql("SELECT j.TITLE FROM STAFF_MEMBER s JOIN JOB_ROLE j ON j.ID = s.JOB_ROLE_ID"
                    + " WHERE s.EMPLOYEE_ID = ?", person.employeeId()), person.jobRoleTitle());
            assertEquals(1, person.competencies().size(), "the job requires A only");
            PackTraining training = person.training().get(0);
            String certificate = sql("SELECT c.CODE FROM CERTIFICATE c JOIN ENROLMENT e ON e.ID = c.ENROLMENT_ID"
                    + " WHERE c.EMPLOYEE_ID = ? AND e.STATUS = 'COMPLETED'", person.employeeId());
            assertEquals(certificate, training.certificateCode(), person.employeeId());
            assertEquals(certificate != null, training.completed(), person.employeeId());
        }
        assertEquals(List.of(true, true, false, false), pack.stream().map(p -> p.competencies().get(0).holds())
                .toList());
        assertEquals(today.minusDays(20), pack.get(0).training().get(0).completedOn());
        assertEquals("Course completed", pack.get(0).competencies().get(0).evidence());
    }

    private List<PackPerson> awaitPack() throws InterruptedException {
        List<PackPerson> pack = List.of();
        for (int i = 0; i < 240; i++) {
            pack = packs.people(people, packs.builder());
            if (pack.size() == people.size() && pack.get(1).competencies().stream().anyMatch(c -> c.holds())) {
                return pack;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("reporting never held the fixture's people: " + pack);
    }

    private void fixture(LocalDate today, String suffix) throws SQLException {
        department = "PXP" + suffix;
        String role = "PXPR" + suffix;
        organisation.addDepartment(ADMIN, department, "Pack IT " + suffix);
        organisation.addJobRole(ADMIN, role, "Pack IT role " + suffix);
        FrameworkDefinition framework = SampleFrameworks.framework("Pack IT " + suffix);
        frameworks.publish(ADMIN, framework);
        a = framework.competencies().get(0).identifier();
        requirements.set(ADMIN, role, null, a, 2, 24);
        String course = SampleCourses.uniqueCourseIri();
        catalog.importPackage("pack-it.zip", new ByteArrayInputStream(SampleCourses.goodPackage(course,
                "Pack IT course")), ADMIN);
        mappings.set(ADMIN, course, a, 2);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String id = uniqueEmployeeId();
            people.add(id);
            rows.add(String.join(",", id, "Pack" + i, "Tester " + id, id.toLowerCase() + "@pack.lindenridge.example",
                    department, role, "", "2021-05-01", "true"));
        }
        assertTrue(hrFeed.run(ADMIN, "pack-it.csv", new StringReader(hrFeed(rows.toArray(String[]::new))),
                ImportProgress.NONE).accepted());
        complete(people.get(0), course, today.minusDays(400));
        complete(people.get(1), course, Quarter.of(today).firstDay());
        ledger.record(new Actor(people.get(2).toLowerCase(), null), new NewEvidence(people.get(2), a,
                EvidenceKind.SELF_ASSESSMENT, 2, people.get(2), "I think so", null, List.of(), null));

        String training = SampleCourses.uniqueCourseIri();
        catalog.importPackage("pack-it-training.zip", new ByteArrayInputStream(SampleCourses.goodPackage(training,
                "Pack IT training")), ADMIN);
        rules.create(ADMIN, RuleDefinition.course("Pack IT training", training, TargetKind.DEPARTMENT, null,
                department, null, 30));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement done = connection.prepareStatement("UPDATE ENROLMENT SET STATUS = 'COMPLETED',"
                        + " PROGRESS = 100, SATISFIED_AT = ? WHERE EMPLOYEE_ID = ? AND COURSE_IRI = ?");
                PreparedStatement certificate = connection.prepareStatement("INSERT INTO CERTIFICATE (ID, CODE,"
                        + " ENROLMENT_ID, EMPLOYEE_ID, LEARNER_NAME, COURSE_IRI, COURSE_TITLE, COURSE_VERSION,"
                        + " COMPLETED_AT, ISSUED_AT) SELECT ?, ?, e.ID, e.EMPLOYEE_ID, 'Pack1 Tester', e.COURSE_IRI,"
                        + " 'Pack IT training', 1, e.SATISFIED_AT, e.SATISFIED_AT FROM ENROLMENT e"
                        + " WHERE e.EMPLOYEE_ID = ? AND e.COURSE_IRI = ?")) {
            Timestamp at = Timestamp.from(today.minusDays(20).atTime(LocalTime.NOON).atZone(time.getZone())
                    .toInstant());
            done.setTimestamp(1, at);
            done.setString(2, people.get(0));
            done.setString(3, training);
            assertEquals(1, done.executeUpdate());
            certificate.setLong(1, 900_000_000L + Long.parseLong(suffix));
            certificate.setString(2, "CL-PXIT-" + suffix);
            certificate.setString(3, people.get(0));
            certificate.setString(4, training);
            assertEquals(1, certificate.executeUpdate());
        }
    }

    private void complete(String employeeId, String course, LocalDate on) {
        assertEquals(1, completions.record(new CourseCompleted(-1, employeeId, course,
                on.atTime(LocalTime.NOON).atZone(time.getZone()).toInstant())));
    }

    /**
     * The independent count: of the department's active people whose job requires A, "holding of needing": those
     * with evidence that counts on its own (not a self-assessment) at the level needed or above, given by the day
     * and not lapsed by it.
     */
    private String holding(LocalDate on) {
        String needing = " FROM STAFF_MEMBER s JOIN DEPARTMENT d ON d.ID = s.DEPARTMENT_ID"
                + " JOIN JOB_ROLE j ON j.ID = s.JOB_ROLE_ID JOIN COMPETENCY_REQUIREMENT r ON r.JOB_ROLE_CODE = j.CODE"
                + " AND r.COMPETENCY_IDENTIFIER = ? AND (r.DEPARTMENT_CODE IS NULL OR r.DEPARTMENT_CODE = d.CODE)"
                + " WHERE s.ACTIVE = TRUE AND d.CODE = ?";
        String holds = " AND EXISTS (SELECT 1 FROM COMPETENCY_EVIDENCE e WHERE e.EMPLOYEE_ID = s.EMPLOYEE_ID"
                + " AND e.COMPETENCY_IDENTIFIER = r.COMPETENCY_IDENTIFIER AND e.KIND <> 'SELF_ASSESSMENT'"
                + " AND e.LEVEL_SHOWN >= r.LEVEL_NEEDED AND e.GIVEN_ON <= ?"
                + " AND {fn TIMESTAMPADD(SQL_TSI_MONTH, r.MONTHS_CURRENT, e.GIVEN_ON)} > ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement all = connection.prepareStatement("SELECT COUNT(*)" + needing);
                PreparedStatement held = connection.prepareStatement("SELECT COUNT(*)" + needing + holds)) {
            for (PreparedStatement count : List.of(all, held)) {
                count.setString(1, a);
                count.setString(2, department);
            }
            held.setDate(3, Date.valueOf(on));
            held.setTimestamp(4, Timestamp.valueOf(on.atStartOfDay()));
            return count(held) + " of " + count(all);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String sql(String query, String employeeId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, employeeId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static <T> void awaitEqual(Supplier<T> expected, Supplier<T> actual) throws InterruptedException {
        T want = expected.get();
        T got = actual.get();
        for (int i = 0; i < 240 && !Objects.equals(want, got); i++) {
            Thread.sleep(500);
            want = expected.get();
            got = actual.get();
        }
        assertEquals(want, got, "the page's coverage against the independent count");
    }
}
