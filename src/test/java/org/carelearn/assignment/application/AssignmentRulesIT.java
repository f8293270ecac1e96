package org.carelearn.assignment.application;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.Curriculum;
import org.carelearn.assignment.domain.DueKind;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.RequirementState;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.application.Waivers;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assignment rules in the real server: the preview, creation in one transaction with enrolments in learning,
 * two rules on one course, the HR import moving a nurse into and out of a rule's scope, a curriculum whose next
 * course unlocks on completion, and refusals that store nothing. Every person here is new (unique ids) and every
 * rule is ended afterwards, so the demo hospital's requirements stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentRulesIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");
    private static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";
    private static final String TRAUMA = "https://carelearn.example/courses/trauma-informed-care";
    private static final List<String> EMPATHY_AUS = List.of("listening", "bad-news", "families", "assessment");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    AssignmentRules rules;

    @Inject
    Requirements requirements;

    @Inject
    AssignmentRepository repository;

    @Inject
    Enrolments enrolments;

    @Inject
    Waivers waivers;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    HospitalTime time;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void endTheRulesMadeHere() {
        made.forEach(id -> rules.end(ADMIN, id));
    }

    private long create(RuleDefinition definition) {
        RuleCreated created = rules.create(ADMIN, definition);
        made.add(created.ruleId());
        return created.ruleId();
    }

    private static String row(String employeeId, String givenName, String department, String jobRole,
            String manager) {
        return String.join(",", employeeId, givenName, "Tester", employeeId.toLowerCase() + "@assign.lindenridge.example",
                department, jobRole, manager == null ? "" : manager, "2023-05-01", "true");
    }

    private void importRows(String... rows) {
        ImportResult result = hrFeed.run(ADMIN, "assignment-it.csv", new StringReader(hrFeed(rows)),
                ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
    }

    /** Completes the empathy course for someone the way an administrator can: by waiving each of its lessons. */
    private void completeEmpathy(String employeeId) {
        EnrolmentSnapshot enrolment = enrolments.enrol(ADMIN, employeeId, EMPATHY);
        for (String au : EMPATHY_AUS) {
            waivers.waive(ADMIN, enrolment.id(), EMPATHY + "/au/" + au, "Tested Out");
        }
    }

    private List<EnrolmentSnapshot> enrolmentsOf(String employeeId, String course) {
        return enrolments.snapshotsOf(List.of(employeeId)).stream().filter(e -> e.courseIri().equals(course))
                .toList();
    }

    private long count(String table) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void thePreviewCountsWhomARuleReachesAndCreatingItRequiresAndEnrolsThem() throws Exception {
        String manager = uniqueEmployeeId();
        String done = uniqueEmployeeId();
        String fresh = uniqueEmployeeId();
        String deep = uniqueEmployeeId();
        importRows(row(manager, "Mara", "SOCWORK", "SW-MGR", "LR7001"), row(done, "Ada", "SOCWORK", "SW-ONC", manager),
                row(fresh, "Bo", "SOCWORK", "SW-ONC", manager), row(deep, "Cy", "SOCWORK", "SW-ONC", done));
        completeEmpathy(done);
        RuleDefinition team = RuleDefinition.course("Social work team: empathy", EMPATHY, TargetKind.DIRECT_REPORTS,
                manager, null, null, 30);
        long rulesBefore = count("ASSIGNMENT_RULE");

        RulePreview preview = rules.preview(ADMIN, team);

        assertEquals(new RulePreview(2, 1, 0, List.of("Ada Tester", "Bo Tester")), preview);
        assertEquals(rulesBefore, count("ASSIGNMENT_RULE"), "a preview stores nothing");

        RuleCreated created = rules.create(ADMIN, team);
        made.add(created.ruleId());

        assertEquals(preview, created.preview());
        Requirement open = requirements.of(fresh).get(0);
        assertEquals(RequirementState.OPEN, open.state());
        assertEquals(time.today().plusDays(30), open.dueOn());
        assertEquals(List.of("Social work team: empathy"), open.ruleNames());
        assertEquals(1, enrolmentsOf(fresh, EMPATHY).size(), "enrolled in learning at once");
        assertEquals(RequirementState.COMPLETED, requirements.of(done).get(0).state());
        assertEquals(1, enrolmentsOf(done, EMPATHY).size(), "no second enrolment for a completed course");
        assertTrue(requirements.of(deep).isEmpty(), "direct reports only: not a report's report");

        create(RuleDefinition.course("Social work line: empathy", EMPATHY, TargetKind.WHOLE_LINE, manager, null, null,
                10));

        Requirement both = requirements.of(fresh).get(0);
        assertEquals(1, requirements.of(fresh).size(), "one requirement for one course");
        assertEquals(time.today().plusDays(10), both.dueOn(), "the earlier due date");
        assertEquals(List.of("Social work team: empathy", "Social work line: empathy"), both.ruleNames());
        assertEquals(1, enrolmentsOf(fresh, EMPATHY).size(), "one enrolment for one course");
        assertEquals(time.today().plusDays(10), requirements.of(deep).get(0).dueOn(), "the whole line reaches her");
    }

    @Test
    void anHrImportMovingANurseIntoTheRoleGivesHerItsTrainingAndMovingHerOutEndsItKeepingHerHistory() {
        String nurse = uniqueEmployeeId();
        importRows(row(nurse, "Nia", "INFUSION", "RN-INFUSION", "LR4001"));
        long rule = create(new RuleDefinition("Palliative nurses of the infusion center", TRAUMA, null,
                TargetKind.JOB_ROLE_IN_DEPARTMENT, null, "INFUSION", "RN-PALL", DueKind.DAYS_AFTER_ASSIGNED, null, 30,
                12, 60));
        assertTrue(requirements.of(nurse).isEmpty(), "not in the role yet");

        importRows(row(nurse, "Nia", "INFUSION", "RN-PALL", "LR4001"));

        List<Requirement> inRole = requirements.of(nurse);
        assertEquals(1, inRole.size());
        assertEquals(TRAUMA, inRole.get(0).courseIri());
        assertEquals(time.today().plusDays(30), inRole.get(0).dueOn());
        assertEquals(List.of(rule), inRole.get(0).ruleIds());
        assertEquals(1, enrolmentsOf(nurse, TRAUMA).size(), "she can start it at once");

        importRows(row(nurse, "Nia", "INFUSION", "RN-INFUSION", "LR4001"));

        assertTrue(requirements.of(nurse).isEmpty(), "no longer required");
        List<Assignment> history = repository.assignmentsOf(nurse);
        assertEquals(1, history.size(), "her history is kept");
        assertFalse(history.get(0).isActive());
        assertEquals("No longer in the rule's scope (job role RN-PALL in department INFUSION)",
                history.get(0).getEndReason());
        assertEquals(1, enrolmentsOf(nurse, TRAUMA).size(), "her enrolment and its progress stay");
    }

    @Test
    void completingACourseOfACurriculumWithAnUnlockOrderEnrolsTheLearnerInTheNext() {
        String learner = uniqueEmployeeId();
        importRows(row(learner, "Uma", "SOCWORK", "SW-ONC", "LR7001"));
        Curriculum core = rules.defineCurriculum(ADMIN, "Core for " + learner, List.of(EMPATHY, TRAUMA), true);
        create(new RuleDefinition("Core, in order", null, core.getId(), TargetKind.PERSON, learner, null, null,
                DueKind.FIXED_DATE, time.today().plusDays(60), null, null, null));

        assertEquals(List.of(RequirementState.OPEN, RequirementState.LOCKED),
                requirements.of(learner).stream().map(Requirement::state).toList());
        assertTrue(enrolmentsOf(learner, TRAUMA).isEmpty(), "locked until empathy is complete");

        completeEmpathy(learner);

        assertEquals(List.of(RequirementState.COMPLETED, RequirementState.OPEN),
                requirements.of(learner).stream().map(Requirement::state).toList());
        assertEquals(1, enrolmentsOf(learner, TRAUMA).size(), "the completion unlocked and enrolled the next");
    }

    @Test
    void badRulesAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        String nurse = uniqueEmployeeId();
        importRows(row(nurse, "Ola", "INFUSION", "RN-INFUSION", "LR4001"));
        long rulesBefore = count("ASSIGNMENT_RULE");
        long assignmentsBefore = count("ASSIGNMENT");
        LocalDate yesterday = time.today().minusDays(1);

        assertEquals("Choose whom the training is for: a person, a manager's team or line, a department or a job role",
                refused(new RuleDefinition("No one", EMPATHY, null, null, null, null, null, DueKind.NONE, null, null,
                        null, null)));
        assertEquals("The due date " + yesterday + " is already past; choose today or a later day",
                refused(new RuleDefinition("Late", EMPATHY, null, TargetKind.PERSON, nurse, null, null,
                        DueKind.FIXED_DATE, yesterday, null, null, null)));
        assertEquals("Recertification must come every 1 to 120 months, not every 0",
                refused(new RuleDefinition("Never", EMPATHY, null, TargetKind.PERSON, nurse, null, null,
                        DueKind.DAYS_AFTER_ASSIGNED, null, 30, 0, 30)));
        assertEquals("There is no course https://carelearn.example/courses/no-such-course in the catalog that can be"
                + " assigned", refused(RuleDefinition.course("Unknown", "https://carelearn.example/courses/no-such-course",
                        TargetKind.PERSON, nurse, null, null, 30)));

        assertEquals(rulesBefore, count("ASSIGNMENT_RULE"));
        assertEquals(assignmentsBefore, count("ASSIGNMENT"));
        assertTrue(enrolments.snapshotsOf(List.of(nurse)).isEmpty());
    }

    private String refused(RuleDefinition definition) {
        return assertThrows(BusinessRuleException.class, () -> rules.create(ADMIN, definition)).getMessage();
    }
}
