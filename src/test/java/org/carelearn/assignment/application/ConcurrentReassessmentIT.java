package org.carelearn.assignment.application;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Curriculum;
import org.carelearn.assignment.domain.DuePolicy;
import org.carelearn.assignment.domain.Target;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Re-evaluations of the same people at the same moment, as the HR import, a completion and the round sweep can
 * start them: rules stored without being evaluated (as if a change arrived while nobody had looked yet), then
 * many threads evaluating the same people at once, alone and in groups. However they interleave, each person
 * ends with one active assignment per rule and course and one open enrolment per course.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentReassessmentIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");
    private static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";
    private static final String TRAUMA = "https://carelearn.example/courses/trauma-informed-care";
    private static final int PEOPLE = 4;
    private static final int THREADS_PER_PERSON = 6;

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    Reassessment reassessment;

    @Inject
    AssignmentRules rules;

    @Inject
    AssignmentRepository repository;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    HospitalTime time;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void endTheRulesMadeHere() {
        made.forEach(id -> rules.end(ADMIN, id));
    }

    @Test
    void concurrentReevaluationsOfOnePersonNeverAddTheSameRulesCourseTwice() throws Exception {
        List<String> people = new ArrayList<>();
        String manager = uniqueEmployeeId();
        StringBuilder rows = new StringBuilder(String.join(",", manager, "Rhea", "Tester",
                manager.toLowerCase() + "@race.lindenridge.example", "SOCWORK", "SW-MGR", "LR7001", "2023-05-01",
                "true")).append('\n');
        for (int i = 0; i < PEOPLE; i++) {
            String id = uniqueEmployeeId();
            people.add(id);
            rows.append(String.join(",", id, "Cora" + i, "Tester", id.toLowerCase() + "@race.lindenridge.example",
                    "SOCWORK", "SW-ONC", manager, "2023-05-01", "true")).append('\n');
        }
        assertTrue(hrFeed.run(ADMIN, "race.csv", new StringReader(hrFeed(rows.toString().strip().split("\n"))),
                ImportProgress.NONE).accepted());
        storeRulesUnevaluated(manager, people);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (String person : people) {
            for (int t = 0; t < THREADS_PER_PERSON; t++) {
                boolean asGroup = t % 2 == 1;
                runs.add(executor.submit(() -> {
                    start.await();
                    // A group is how the import and the sweep evaluate; one person is how a completion does.
                    return asGroup ? reassessment.reassessAlone(ADMIN, people)
                            : reassessment.reassessAlone(ADMIN, person);
                }));
            }
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }

        for (String person : people) {
            assertEquals(List.of(1, 1, 1), activeAssignmentsPerRuleAndCourse(person),
                    "one active assignment per rule and course for " + person);
            assertEquals(List.of(1, 1), openEnrolmentsPerCourse(person), "one open enrolment per course");
        }
    }

    /** A rule for each person with the empathy course, and a curriculum for the team: three holds each. */
    private void storeRulesUnevaluated(String manager, List<String> people) throws Exception {
        tx.begin();
        Set<String> known = Set.of(EMPATHY, TRAUMA);
        Curriculum both = new Curriculum("Race core " + people.get(0), List.of(EMPATHY, TRAUMA), false, time.now(),
                "admin");
        repository.add(both);
        List<AssignmentRule> stored = new ArrayList<>();
        stored.add(AssignmentRule.forCurriculum("Race: core", both, known, Target.directReportsOf(manager),
                DuePolicy.none(), null, time.today(), time.now(), "admin"));
        for (String person : people) {
            stored.add(AssignmentRule.forCourse("Race: empathy for " + person, EMPATHY, known, Target.person(person),
                    DuePolicy.none(), null, time.today(), time.now(), "admin"));
        }
        stored.forEach(repository::add);
        tx.commit();
        stored.forEach(rule -> made.add(rule.getId()));
    }

    private List<Integer> activeAssignmentsPerRuleAndCourse(String employeeId) throws Exception {
        return counts("SELECT COUNT(*) FROM ASSIGNMENT WHERE EMPLOYEE_ID = ? AND ENDED_AT IS NULL"
                + " GROUP BY RULE_ID, COURSE_IRI ORDER BY 1", employeeId);
    }

    private List<Integer> openEnrolmentsPerCourse(String employeeId) throws Exception {
        return counts("SELECT COUNT(*) FROM ENROLMENT WHERE EMPLOYEE_ID = ? AND STATUS <> 'COMPLETED'"
                + " GROUP BY COURSE_IRI ORDER BY 1", employeeId);
    }

    private List<Integer> counts(String sql, String employeeId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, employeeId);
            List<Integer> counts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(rows.getInt(1));
                }
            }
            return counts;
        }
    }
}
