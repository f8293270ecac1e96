package org.carelearn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.carelearn.assignment.application.Reassessment;
import org.carelearn.assignment.application.RoundSweep;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Curriculum;
import org.carelearn.assignment.domain.DuePolicy;
import org.carelearn.assignment.domain.People;
import org.carelearn.assignment.domain.Person;
import org.carelearn.assignment.domain.Recertification;
import org.carelearn.assignment.domain.Target;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Re-evaluating assignment rules at hospital scale, inside the real server on embedded Derby: 20,000 staff
 * (imported through the HR feed), 30 rules and about 600,000 assignments with their enrolments (seeded with
 * plain JDBC batches: making them one by one through the application would take hours and measure nothing of
 * interest), then an HR import of the same 20,000 rows in which 1,000 people change department, job role or
 * manager, timed from the call until every rule has been evaluated again for them (the import's observers run
 * when it commits, before it returns). Then the round sweep over everyone, and, for comparison, one person at
 * a time. Prints its figures (also to target/assignment-bench.txt); the target for the import is 30 s.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentBench {

    private static final int STAFF = Integer.getInteger("bench.staff", 20_000);
    private static final int CHANGES = Integer.getInteger("bench.changes", 1_000);
    private static final int MANAGERS = 40;
    private static final Actor BENCH = new Actor("bench", null);
    private static final String[] COURSES = {"https://carelearn.example/courses/empathetic-communication",
        "https://carelearn.example/courses/trauma-informed-care",
        "https://carelearn.example/courses/cultural-sensitivity"};
    private static final String[][] PLACES = {{"INFUSION", "RN-INFUSION"}, {"ONC-INPT", "RN-ONC"},
        {"RADONC", "RN-RADONC"}, {"SOCWORK", "SW-ONC"}, {"REGISTRATION", "REG-SPEC"}, {"CHAPLAINCY", "CHAPLAIN"},
        {"PALLIATIVE", "RN-PALL"}, {"PATREL", "PR-LIAISON"}};
    /** Seeded rows get ids far below anything the sequences (counting up from 50) or V011 (minus small ids) use. */
    private static final long SEEDED_IDS = -1_000_000_000L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    HrFeedImport hrFeed;

    @Inject
    AssignmentRepository repository;

    @Inject
    People people;

    @Inject
    Reassessment reassessment;

    @Inject
    RoundSweep sweep;

    @Inject
    Catalog catalog;

    @Inject
    HospitalTime time;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private final List<String> report = new ArrayList<>();

    @Test
    void reevaluateEveryRuleAfterAnHrImport() throws Exception {
        String prefix = "A" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        print("Assignment re-evaluation benchmark: %,d staff, %,d of them changed by the second import", STAFF,
                CHANGES);

        long start = System.nanoTime();
        importFeed(feed(prefix, false));
        print("  HR import of %,d new staff (no rule reaches them yet)     %6.1f s", STAFF, since(start));

        start = System.nanoTime();
        List<AssignmentRule> rules = storeRules(prefix);
        Map<String, Person> staff = new HashMap<>();
        people.people(ids(prefix)).forEach(p -> staff.put(p.employeeId(), p));
        long seeded = seed(prefix, rules, staff);
        print("  seeded %d rules, %,d assignments, %,d enrolments (JDBC)   %6.1f s", rules.size(), seeded,
                staff.size() * COURSES.length, since(start));

        String changedFeed = feed(prefix, true);
        start = System.nanoTime();
        ImportResult result = importFeed(changedFeed);
        double importSeconds = since(start);
        print("  HR import of %,d rows, %,d changed, rules re-evaluated  %6.1f s   (target < 30 s)  %s", STAFF,
                CHANGES, importSeconds, result.summary());
        checkAMovedPerson(prefix, rules);

        start = System.nanoTime();
        importFeed(changedFeed);
        double unchanged = since(start);
        print("  the same file again: nothing changed, nobody re-evaluated  %6.1f s", unchanged);
        print("  of which re-evaluating the rules for the moved, after the import's commit (server.log): %s",
                lastReevaluationLogged());

        start = System.nanoTime();
        sweep.sweep();
        double sweepSeconds = since(start);
        int held = repository.peopleWithActiveAssignments().size();
        print("  round sweep: every rule for all %,d people holding one     %6.1f s  (%,.0f people/s)", held,
                sweepSeconds, held / sweepSeconds);

        int sample = 100;
        List<String> some = ids(prefix).subList(MANAGERS + 1, MANAGERS + 1 + sample);
        start = System.nanoTime();
        for (String id : some) {
            reassessment.reassessAlone(BENCH, id);
        }
        double alone = since(start);
        print("  one person per transaction, %d people                      %6.1f s  (%,.0f people/s)", sample, alone,
                sample / alone);
        Files.write(Path.of(System.getProperty("carelearn.bench.report", "target/assignment-bench.txt")), report);
        assertTrue(importSeconds > 0);
    }

    /** The hospital's shape: a chief, 40 managers under her, everyone else under one of them, in 8 places. */
    private static String feed(String prefix, boolean changed) {
        StringBuilder csv = new StringBuilder(
                "employee_id,given_name,family_name,email,department_code,job_role_code,manager_employee_id,hire_date,"
                        + "active\n");
        int step = Math.max(1, (STAFF - MANAGERS - 1) / CHANGES);
        int moved = 0;
        for (int i = 0; i < STAFF; i++) {
            String id = id(prefix, i);
            int place = i % PLACES.length;
            String manager = i == 0 ? "LR1001" : i <= MANAGERS ? id(prefix, 0) : id(prefix, 1 + i % MANAGERS);
            if (changed && i > MANAGERS && (i - MANAGERS - 1) % step == 0 && moved < CHANGES) {
                moved++;
                place = (place + 1) % PLACES.length;
                manager = id(prefix, 1 + (i + 1) % MANAGERS);
            }
            csv.append(String.join(",", id, "Given" + i, "Family" + i, id.toLowerCase(Locale.ROOT) + "@bench.example",
                    PLACES[place][0], PLACES[place][1], manager, "2020-01-" + String.format("%02d", 1 + i % 28), "true"))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String id(String prefix, int i) {
        return prefix + "-" + i;
    }

    private static List<String> ids(String prefix) {
        List<String> ids = new ArrayList<>(STAFF);
        for (int i = 0; i < STAFF; i++) {
            ids.add(id(prefix, i));
        }
        return ids;
    }

    private ImportResult importFeed(String csv) {
        ImportResult result = hrFeed.run(BENCH, "assignment-bench.csv", new StringReader(csv), ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
        return result;
    }

    /**
     * 30 rules: 9 for everyone (the chief's whole line) with a curriculum of the three courses, 8 for a job role
     * each, 8 for a department each with the curriculum, 5 for a manager's direct reports; some recertify.
     */
    private List<AssignmentRule> storeRules(String prefix) throws Exception {
        LocalDate today = time.today();
        Instant now = time.now();
        Set<String> known = Set.of(COURSES);
        tx.begin();
        Curriculum core = new Curriculum("Bench core " + prefix, List.of(COURSES), false, now, "bench");
        repository.add(core);
        List<AssignmentRule> rules = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rules.add(AssignmentRule.forCurriculum("Bench hospital-wide " + i, core, known, Target.lineOf(id(prefix, 0)),
                    DuePolicy.daysAfterAssigned(30 + i), i % 3 == 0 ? new Recertification(12, 60) : null, today, now,
                    "bench"));
        }
        for (int i = 0; i < PLACES.length; i++) {
            rules.add(AssignmentRule.forCourse("Bench role " + PLACES[i][1], COURSES[i % COURSES.length], known,
                    Target.jobRole(PLACES[i][1]), DuePolicy.daysAfterHire(60), null, today, now, "bench"));
            rules.add(AssignmentRule.forCurriculum("Bench department " + PLACES[i][0], core, known,
                    Target.department(PLACES[i][0]), DuePolicy.daysAfterAssigned(45), null, today, now, "bench"));
        }
        for (int i = 1; i <= 5; i++) {
            rules.add(AssignmentRule.forCourse("Bench team " + i, COURSES[i % COURSES.length], known,
                    Target.directReportsOf(id(prefix, i)), DuePolicy.daysAfterAssigned(14), null, today, now, "bench"));
        }
        rules.forEach(repository::add);
        tx.commit();
        return rules;
    }

    /** What re-evaluation would make for the people as they are now, written with JDBC batches. */
    private long seed(String prefix, List<AssignmentRule> rules, Map<String, Person> staff) throws Exception {
        LocalDate today = time.today();
        Timestamp now = Timestamp.from(time.now());
        long id = SEEDED_IDS - Math.abs(prefix.hashCode() % 1000) * 10_000_000L;
        long assignments = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement assignment = connection.prepareStatement("INSERT INTO ASSIGNMENT (ID, RULE_ID,"
                    + " EMPLOYEE_ID, COURSE_IRI, REACHED_ON, DUE_ON, VERSION) VALUES (?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement lock = connection.prepareStatement(
                            "INSERT INTO ASSIGNMENT_PERSON (EMPLOYEE_ID) VALUES (?)");
                    PreparedStatement present = connection.prepareStatement(
                            "SELECT 1 FROM ASSIGNMENT_PERSON WHERE EMPLOYEE_ID = ?")) {
                int batch = 0;
                for (Person person : staff.values()) {
                    present.setString(1, person.employeeId());
                    try (ResultSet row = present.executeQuery()) {
                        if (!row.next()) {
                            lock.setString(1, person.employeeId());
                            lock.addBatch();
                        }
                    }
                    for (AssignmentRule rule : rules) {
                        if (!rule.reaches(person)) {
                            continue;
                        }
                        for (String course : rule.courses()) {
                            assignment.setLong(1, id--);
                            assignment.setLong(2, rule.getId());
                            assignment.setString(3, person.employeeId());
                            assignment.setString(4, course);
                            assignment.setDate(5, Date.valueOf(today));
                            LocalDate due = rule.dueFor(person, today);
                            assignment.setDate(6, due == null ? null : Date.valueOf(due));
                            assignment.addBatch();
                            assignments++;
                        }
                    }
                    if (++batch % 100 == 0) {
                        assignment.executeBatch();
                        lock.executeBatch();
                        connection.commit();
                    }
                }
                assignment.executeBatch();
                lock.executeBatch();
                connection.commit();
            }
            seedEnrolments(connection, staff.keySet(), now, id);
        }
        return assignments;
    }

    /** Each person enrolled (not started) in each course, as the re-evaluation that assigned them would have. */
    private void seedEnrolments(Connection connection, Set<String> employeeIds, Timestamp now, long firstId)
            throws Exception {
        List<CourseVersionView> versions = new ArrayList<>();
        for (String course : COURSES) {
            versions.add(catalog.latest(course).orElseThrow());
        }
        long id = firstId;
        try (PreparedStatement learner = connection.prepareStatement(
                "INSERT INTO LEARNER (EMPLOYEE_ID, ACCOUNT_NAME, CREATED_AT) VALUES (?, ?, ?)");
                PreparedStatement known = connection.prepareStatement("SELECT 1 FROM LEARNER WHERE EMPLOYEE_ID = ?");
                PreparedStatement enrolled = connection.prepareStatement("SELECT COURSE_IRI FROM ENROLMENT"
                        + " WHERE EMPLOYEE_ID = ?");
                PreparedStatement enrolment = connection.prepareStatement("INSERT INTO ENROLMENT (ID, EMPLOYEE_ID,"
                        + " COURSE_IRI, COURSE_VERSION_ID, COURSE_TITLE, REGISTRATION, ENROLLED_AT, ENROLLED_BY, STATUS,"
                        + " PROGRESS, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', 'NOT_STARTED', 0, 0)")) {
            int batch = 0;
            for (String employeeId : employeeIds) {
                known.setString(1, employeeId);
                try (ResultSet row = known.executeQuery()) {
                    if (!row.next()) {
                        learner.setString(1, employeeId);
                        learner.setString(2, UUID.randomUUID().toString());
                        learner.setTimestamp(3, now);
                        learner.executeUpdate();
                    }
                }
                Set<String> has = new java.util.HashSet<>();
                enrolled.setString(1, employeeId);
                try (ResultSet rows = enrolled.executeQuery()) {
                    while (rows.next()) {
                        has.add(rows.getString(1));
                    }
                }
                for (CourseVersionView version : versions) {
                    if (has.contains(version.courseIri())) {
                        continue;
                    }
                    enrolment.setLong(1, id--);
                    enrolment.setString(2, employeeId);
                    enrolment.setString(3, version.courseIri());
                    enrolment.setLong(4, version.versionId());
                    enrolment.setString(5, version.title());
                    enrolment.setString(6, UUID.randomUUID().toString());
                    enrolment.setTimestamp(7, now);
                    enrolment.addBatch();
                }
                if (++batch % 200 == 0) {
                    enrolment.executeBatch();
                    connection.commit();
                }
            }
            enrolment.executeBatch();
            connection.commit();
        }
    }

    /** A moved person holds exactly what the rules ask of her new place, each rule's course once. */
    private void checkAMovedPerson(String prefix, List<AssignmentRule> rules) throws Exception {
        String moved = id(prefix, MANAGERS + 1);
        Person person = people.person(moved).orElseThrow();
        long expected = rules.stream().filter(r -> r.reaches(person)).mapToLong(r -> r.courses().size()).sum();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT"
                        + " CAST(RULE_ID AS CHAR(20)) || COURSE_IRI) FROM ASSIGNMENT WHERE EMPLOYEE_ID = ?"
                        + " AND ENDED_AT IS NULL")) {
            query.setString(1, moved);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(expected, row.getLong(1), "active assignments of " + moved + " after the move");
                assertEquals(row.getLong(1), row.getLong(2), "no rule's course twice");
            }
        }
    }

    /** What RuleTriggers logged about the last large re-evaluation (it times the work after the commit). */
    private static String lastReevaluationLogged() throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        String wanted = "Evaluated the assignment rules again for ";
        String last = "not logged";
        for (String line : Files.readAllLines(log)) {
            if (line.contains(wanted)) {
                last = line.substring(line.indexOf(wanted) + wanted.length());
            }
        }
        return last;
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void print(String format, Object... args) throws IOException {
        String line = String.format(format, args);
        System.out.println(line);
        report.add(line);
    }
}
