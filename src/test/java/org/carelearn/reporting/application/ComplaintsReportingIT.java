package org.carelearn.reporting.application;

import static org.carelearn.testing.ExportedRows.csv;
import static org.carelearn.testing.ExportedRows.xlsx;
import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.carelearn.casework.application.CaseFacts;
import org.carelearn.casework.application.CaseImport;
import org.carelearn.casework.application.CaseImportResult;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.competency.application.CompetencyRequirements;
import org.carelearn.competency.application.CompletionEvidence;
import org.carelearn.competency.application.CourseMappings;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.RateRatio;
import org.carelearn.reporting.domain.Tally;
import org.carelearn.reporting.domain.TrainingEffect;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Complaints against training and the training effect in the real server (the shared deployment, no redeploy),
 * against counts written here in SQL over casework's and competency's own tables, never through reporting's read
 * models; then the pages and exports as the demo leader sees them over HTTP.
 *
 * <p>The fixture: two departments of their own, five people each in a job role that needs the demo's language
 * access competency (the one casework links the category "Language access and interpreters" to) at level 2 for 48
 * months, shown by a course of its own. Month X is 12 months before the last whole month. In each department two
 * people completed the course 20 months before X and two more on the 10th of X: coverage 2 of 5 (40 %) until the
 * end of X − 1, then 4 of 5 (80 %) from the end of X, so X is when it passed 80 %. Cases of language access: the
 * "fewer" department had 20 in the 12 months before X, 3 in X (in neither period) and 4 in the 12 after (RR 0.2,
 * interval 0.07 to 0.59: fewer); the "same" department 5 before and 4 after (RR 0.8, SE √(1/5 + 1/4) = 0.6708,
 * interval exp(ln 0.8 ∓ 1.3148) = 0.21 to 2.98: no detectable change). Two communication grievances in the fewer
 * department in X − 1 for the kind filter.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintsReportingIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.6");
    private static final String CATEGORY = "LANGUAGE_ACCESS";

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @ArquillianResource
    URL base;

    @Inject
    Organisation organisation;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    CompetencyRequirements requirements;

    @Inject
    CourseMappings mappings;

    @Inject
    Catalog catalog;

    @Inject
    CompletionEvidence completions;

    @Inject
    CaseImport caseImport;

    @Inject
    CaseFacts caseFacts;

    @Inject
    HospitalTime time;

    @Inject
    ComplaintsReport complaints;

    @Inject
    TrainingEffectReport effects;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private String fewer;
    private String fewerName;
    private String same;
    private String role;
    private String competency;
    private YearMonth x;
    private int caseNumber;
    private final String prefix = "EFF-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    @Order(1)
    void complaintsAndTheTrainingEffectAgreeWithCountsInSqlAndThePagesSayWhatTheIntervalAllows() throws Exception {
        LocalDate today = time.today();
        x = YearMonth.from(today).minusMonths(13);
        twoDepartmentsTheirPeopleAndTraining();
        List<String> rows = new ArrayList<>();
        cases(rows, fewer, CATEGORY, "COMPLAINT", x.minusMonths(12), 12, 20);
        cases(rows, fewer, CATEGORY, "COMPLAINT", x, 1, 3);
        cases(rows, fewer, CATEGORY, "COMPLAINT", x.plusMonths(1), 12, 4);
        cases(rows, fewer, "COMMUNICATION", "GRIEVANCE", x.minusMonths(1), 1, 2);
        cases(rows, same, CATEGORY, "COMPLAINT", x.minusMonths(12), 12, 5);
        cases(rows, same, CATEGORY, "GRIEVANCE", x.plusMonths(1), 12, 4);
        CaseImportResult imported = caseImport.run(new Actor("liaison", "10.9.8.6"), new SignedInPerson("liaison",
                "LR2002", "Omar Haddad", Set.of(Role.LEARNER, Role.PATIENT_RELATIONS)), prefix + ".csv",
                new StringReader(String.join("\n", rows) + "\n"));
        assertTrue(imported.accepted(), imported.summary());

        // the heat map, whole period before X and this year's default, each kind, against SQL over CASE_RECORD
        ComplaintsQuery beforeX = new ComplaintsQuery(x.minusMonths(12), x.minusMonths(1), null);
        awaitEqual(() -> casesInSql(fewer, CATEGORY, null, beforeX), () -> cell(beforeX, fewer, CATEGORY).cases());
        for (String kind : new String[] {null, "COMPLAINT", "GRIEVANCE"}) {
            for (ComplaintsQuery q : List.of(beforeX, new ComplaintsQuery(x.minusMonths(1), YearMonth.from(today),
                    null), complaints.defaultQuery())) {
                ComplaintsQuery query = new ComplaintsQuery(q.from(), q.until(), kind);
                ComplaintsTable table = complaints.table(query);
                for (String department : List.of(fewer, same)) {
                    for (String category : List.of(CATEGORY, "COMMUNICATION")) {
                        ComplaintsTable.Cell cell = cell(table, department, category);
                        String where = department + " " + category + " " + query;
                        assertEquals("GRIEVANCE".equals(kind) ? 0 : casesInSql(department, category, "COMPLAINT",
                                query), cell.complaints(), where);
                        assertEquals("COMPLAINT".equals(kind) ? 0 : casesInSql(department, category, "GRIEVANCE",
                                query), cell.grievances(), where);
                    }
                }
            }
        }
        assertEquals(20, cell(beforeX, fewer, CATEGORY).complaints(), "the fixture, by hand");
        assertEquals(2, cell(beforeX, fewer, "COMMUNICATION").grievances());

        // the coverage beside the cases, at the period's end, against SQL over competency's tables
        ComplaintsTable.Cell atXminus1 = cell(beforeX, fewer, CATEGORY);
        Tally mapped = atXminus1.coverage().stream().filter(c -> c.competency().identifier().equals(competency))
                .findFirst().orElseThrow().tally();
        assertEquals(coverageInSql(fewer, x.minusMonths(1).atEndOfMonth()), List.of(mapped.holding(), mapped.total()));
        assertEquals(List.of(2, 5), List.of(mapped.holding(), mapped.total()));
        assertTrue(atXminus1.standsOut(), "20 cases, more than the average department, and 40 % holding it");
        assertFalse(cell(complaints.defaultQuery(), fewer, CATEGORY).standsOut(), "80 % hold it now");

        // the training effect: coverage month by month and the cases of each period, against SQL
        EffectView fell = effects.effect(new EffectQuery(fewer, CATEGORY, null, 80, 12));
        for (EffectView.Month m : fell.history()) {
            if (m.coverage() != null) {
                assertEquals(coverageInSql(fewer, m.month().atEndOfMonth()), List.of(m.coverage().holding(),
                        m.coverage().total()), m.month().toString());
            }
            assertEquals(casesInSql(fewer, CATEGORY, null, new ComplaintsQuery(m.month(), m.month(), null)),
                    m.cases(), m.month().toString());
        }
        assertEquals(x, fell.effect().crossing());
        RateRatio r = fell.effect().ratio();
        assertEquals(casesInSql(fewer, CATEGORY, null, new ComplaintsQuery(x.minusMonths(12), x.minusMonths(1),
                null)), r.before());
        assertEquals(casesInSql(fewer, CATEGORY, null, new ComplaintsQuery(x.plusMonths(1), x.plusMonths(12),
                null)), r.after());
        assertEquals(List.of(20, 4), List.of(r.before(), r.after()));
        assertEquals(RateRatio.Verdict.FEWER, r.verdict());
        RateRatio unchanged = effects.effect(new EffectQuery(same, CATEGORY, competency, 80, 12)).effect().ratio();
        assertEquals(List.of(5, 4), List.of(unchanged.before(), unchanged.after()));
        assertEquals(RateRatio.Verdict.NO_DETECTABLE_CHANGE, unchanged.verdict());
        assertEquals(TrainingEffect.Outcome.NEVER_PASSED,
                effects.effect(new EffectQuery(fewer, CATEGORY, null, 90, 12)).effect().outcome(), "4 of 5 < 90 %");

        thePagesAndExportsAsTheLeaderSeesThem(beforeX);
    }

    /**
     * The same two training effects in a real browser, as the leader: the first test's departments, found in the
     * page's department list by the month they were built for (any built this month have the same figures).
     */
    @Test
    @Order(2)
    @RunAsClient
    void theLeaderSeesBothVerdictsInTheBrowser() {
        EffectInTheBrowser.check(base, CATEGORY);
    }

    private void thePagesAndExportsAsTheLeaderSeesThem(ComplaintsQuery beforeX) throws Exception {
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        String fell = leader.get("leadership/effect.xhtml?department=" + fewer + "&category=" + CATEGORY).body();
        assertTrue(fell.contains("95 % confidence interval <span data-field=\"lower\">0.07</span> to"), fell);
        assertTrue(fell.contains("<span data-field=\"upper\">0.59</span>"));
        assertTrue(fell.contains("Fewer cases after"));
        assertFalse(fell.contains("No detectable change:"), "the interval excludes 1");
        assertTrue(fell.contains("no control group") && fell.contains("Regression to the mean"));
        assertTrue(fell.contains("Patient days have not been imported"));
        String kept = leader.get("leadership/effect.xhtml?department=" + same + "&category=" + CATEGORY).body();
        assertTrue(kept.contains("<span data-field=\"lower\">0.21</span>"), kept);
        assertTrue(kept.contains("<span data-field=\"upper\">2.98</span>"));
        assertTrue(kept.contains("No detectable change: the interval includes 1"));
        assertTrue(leader.get("leadership/effect.xhtml?department=" + fewer + "&category=BILLING").body()
                .contains("is linked to no competency"));
        assertTrue(leader.get("leadership/effect.xhtml?department=" + fewer + "&category=" + CATEGORY
                + "&months=x").body().contains("is a whole number"));

        String query = "?from=" + beforeX.from() + "&until=" + beforeX.until();
        String heat = leader.get("leadership/complaints.xhtml" + query).body();
        assertTrue(heat.contains("data-category=\"" + CATEGORY + "\" data-complaints=\"20\" data-grievances=\"0\""),
                heat);
        assertTrue(heat.contains("Stands out: many cases, low coverage"));
        assertFalse(heat.contains(prefix), "no case number, let alone a patient, on the page");
        assertFalse(heat.contains("EFP-"), "no patient reference");
        List<List<String>> csv = csv(new String(leader.download("leadership/complaints.csv" + query).body(),
                StandardCharsets.UTF_8));
        assertEquals(csv, xlsx(leader.download("leadership/complaints.xlsx" + query).body()));
        List<String> line = csv.stream().filter(l -> l.get(1).startsWith("Language access")
                && l.get(0).equals(fewerName)).findFirst().orElseThrow();
        assertEquals(List.of("20", "0", "20"), line.subList(2, 5));
        assertEquals(List.of("5", "2", "40", "yes"), line.subList(6, 10));
        List<List<String>> periods = csv(new String(leader.download("leadership/effect-periods.csv?department="
                + same + "&category=" + CATEGORY).body(), StandardCharsets.UTF_8));
        assertEquals(List.of("Before", x.minusMonths(12).toString(), x.minusMonths(1).toString(), "12", "5", "0.42"),
                periods.get(1));
        assertEquals(List.of("After", x.plusMonths(1).toString(), x.plusMonths(12).toString(), "12", "4", "0.33"),
                periods.get(2));
        assertEquals(periods, xlsx(leader.download("leadership/effect-periods.xlsx?department=" + same
                + "&category=" + CATEGORY).body()));
        List<List<String>> months = csv(new String(leader.download("leadership/effect.csv?department=" + fewer
                + "&category=" + CATEGORY).body(), StandardCharsets.UTF_8));
        assertEquals(List.of(x.toString(), "Month it passed (in neither)", "5", "4", "80", "3"), months.stream()
                .filter(m -> m.get(0).equals(x.toString())).findFirst().orElseThrow());
        assertEquals(400, leader.get("leadership/complaints.csv?from=2026-13").statusCode());
    }

    private ComplaintsTable.Cell cell(ComplaintsQuery query, String department, String category) {
        return cell(complaints.table(query), department, category);
    }

    private static ComplaintsTable.Cell cell(ComplaintsTable table, String department, String category) {
        return table.rows().stream().filter(r -> r.departmentCode().equals(department))
                .findFirst().map(r -> r.cell(category)).orElse(new ComplaintsTable.Cell(0, 0, List.of(), false, 0));
    }

    /** The independent count: cases of the department and category received in the period, from casework's tables. */
    private int casesInSql(String department, String category, String kind, ComplaintsQuery period) {
        LocalDate today = time.today();
        LocalDate until = period.until().equals(YearMonth.from(today)) ? today : period.until().atEndOfMonth();
        String sql = "SELECT COUNT(*) FROM CASE_RECORD c JOIN CASE_RECORD_CATEGORY k ON k.CASE_ID = c.ID"
                + " WHERE c.DEPARTMENT_CODE = ? AND k.CATEGORY_CODE = ? AND c.RECEIVED_ON BETWEEN ? AND ?"
                + (kind == null ? "" : " AND c.KIND = ?");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            count.setString(1, department);
            count.setString(2, category);
            count.setDate(3, Date.valueOf(period.from().atDay(1)));
            count.setDate(4, Date.valueOf(until));
            if (kind != null) {
                count.setString(5, kind);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The independent count of coverage on a day: [holding, total] of the department's active people whose job
     * requires the competency, holding meaning a showing at the level needed or above, not a self-assessment,
     * given by the day and still current (given + months current after the day). The fixture's showings never lapse
     * in the months looked at.
     */
    private List<Integer> coverageInSql(String department, LocalDate on) {
        String people = " FROM STAFF_MEMBER s JOIN DEPARTMENT d ON d.ID = s.DEPARTMENT_ID"
                + " JOIN JOB_ROLE j ON j.ID = s.JOB_ROLE_ID JOIN COMPETENCY_REQUIREMENT r ON r.JOB_ROLE_CODE = j.CODE"
                + " AND r.COMPETENCY_IDENTIFIER = ? AND (r.DEPARTMENT_CODE IS NULL OR r.DEPARTMENT_CODE = d.CODE)"
                + " WHERE s.ACTIVE = TRUE AND d.CODE = ?";
        String holding = " AND EXISTS (SELECT 1 FROM COMPETENCY_EVIDENCE e WHERE e.EMPLOYEE_ID = s.EMPLOYEE_ID"
                + " AND e.COMPETENCY_IDENTIFIER = r.COMPETENCY_IDENTIFIER AND e.KIND <> 'SELF_ASSESSMENT'"
                + " AND e.LEVEL_SHOWN >= r.LEVEL_NEEDED AND e.GIVEN_ON <= ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement total = connection.prepareStatement("SELECT COUNT(*)" + people);
                PreparedStatement held = connection.prepareStatement("SELECT COUNT(*)" + people + holding)) {
            for (PreparedStatement q : List.of(total, held)) {
                q.setString(1, competency);
                q.setString(2, department);
            }
            held.setDate(3, Date.valueOf(on));
            return List.of(single(held), single(total));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int single(PreparedStatement count) throws SQLException {
        try (ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void twoDepartmentsTheirPeopleAndTraining() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        fewer = "EFA" + suffix;
        same = "EFB" + suffix;
        role = "EFR" + suffix;
        // named with the month they are built for, which the browser check finds them by
        YearMonth month = YearMonth.from(time.today());
        fewerName = EffectInTheBrowser.FEWER + month + " " + suffix;
        organisation.addDepartment(ADMIN, fewer, fewerName);
        organisation.addDepartment(ADMIN, same, EffectInTheBrowser.SAME + month + " " + suffix);
        organisation.addJobRole(ADMIN, role, "Effect IT role " + suffix);
        competency = caseFacts.competenciesByCategory().get(CATEGORY).get(0);
        requirements.set(ADMIN, role, null, competency, 2, 48);
        String course = SampleCourses.uniqueCourseIri();
        catalog.importPackage("effect-it.zip", new ByteArrayInputStream(SampleCourses.goodPackage(course,
                "Effect IT course")), ADMIN);
        mappings.set(ADMIN, course, competency, 2);
        List<String> rows = new ArrayList<>();
        List<List<String>> people = new ArrayList<>();
        for (String department : List.of(fewer, same)) {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String id = uniqueEmployeeId();
                ids.add(id);
                rows.add(String.join(",", id, "E" + i, "Effect " + id, id.toLowerCase() + "@effect.lindenridge.example",
                        department, role, "", "2020-05-01", "true"));
            }
            people.add(ids);
        }
        ImportResult result = hrFeed.run(ADMIN, "effect-it.csv", new StringReader(hrFeed(rows.toArray(String[]::new))),
                ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
        for (List<String> ids : people) {
            complete(ids.get(0), course, x.minusMonths(20).atDay(10));
            complete(ids.get(1), course, x.minusMonths(20).atDay(12));
            complete(ids.get(2), course, x.atDay(10));
            complete(ids.get(3), course, x.atDay(11));
        }
    }

    private void complete(String employeeId, String course, LocalDate on) {
        Instant at = on.atTime(LocalTime.NOON).atZone(time.getZone()).toInstant();
        assertEquals(1, completions.record(new CourseCompleted(-1, employeeId, course, at)));
    }

    /** {@code count} cases spread over {@code months} months from {@code first}, as the complaint system sends them. */
    private void cases(List<String> rows, String department, String category, String kind, YearMonth first,
            int months, int count) {
        if (rows.isEmpty()) {
            rows.add("case_number,received_on,kind,channel,raised_by,patient_id,patient_initials,department_code,"
                    + "stage,categories,severity,summary,staff_involved,owner_employee_id");
        }
        for (int i = 0; i < count; i++) {
            LocalDate on = first.plusMonths(i % months).atDay(3 + i / months);
            caseNumber++;
            rows.add(String.join(",", prefix + "-" + caseNumber, on.toString(), kind,
                    kind.equals("COMPLAINT") ? "IN_PERSON" : "LETTER", "PATIENT",
                    "EFP-" + (100_000 + caseNumber), "ZZ", department, "OUTPATIENT_TREATMENT", category, "LOW",
                    "Effect fixture case", "", ""));
        }
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
        assertNotNull(got);
        return got;
    }
}
