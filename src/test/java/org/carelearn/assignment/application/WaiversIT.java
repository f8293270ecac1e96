package org.carelearn.assignment.application;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.carelearn.assignment.application.RequirementWaivers.WaiverGranted;
import org.carelearn.assignment.domain.RequiredTraining;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.RequirementState;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.application.LrsGateway;
import org.carelearn.learning.domain.StatementFacts;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Waivers in the real server: a manager waives a requirement of someone in their line, the LRS holds the cmi5
 * {@code waived} statement of each open lesson, the rule preview counts them exempt, ending the waiver early
 * requires the course again in a new enrolment, the audit trail shows each step; and every bad waiver is
 * refused with a clear message and changes nothing. Each test makes its own people (a manager, a report, a
 * report's report and someone outside the line) and its own cmi5 course, and ends its rules.
 */
@ExtendWith(ArquillianExtension.class)
class WaiversIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");
    private static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";
    private static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    private static final String CMI5_REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    RequirementWaivers waivers;

    @Inject
    AssignmentRules rules;

    @Inject
    Requirements requirements;

    @Inject
    Enrolments enrolments;

    @Inject
    Catalog catalog;

    @Inject
    LrsGateway lrs;

    @Inject
    AuditTrail trail;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    HospitalTime time;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private final List<Long> made = new ArrayList<>();
    private String course;
    private String manager;
    private String report;
    private String deep;
    private String outsider;
    private Actor managerActor;
    private SignedInPerson managerSignedIn;

    @BeforeEach
    void aLineAndACourse() {
        course = SampleCourses.uniqueCourseIri();
        catalog.importPackage("waivers-it.zip", new ByteArrayInputStream(SampleCourses.goodPackage(course,
                "Waivable course")), ADMIN);
        manager = uniqueEmployeeId();
        report = uniqueEmployeeId();
        deep = uniqueEmployeeId();
        outsider = uniqueEmployeeId();
        ImportResult result = hrFeed.run(ADMIN, "waivers-it.csv", new StringReader(hrFeed(
                row(manager, "Wren", "SW-MGR", "LR7001"), row(report, "Rafa", "SW-ONC", manager),
                row(deep, "Dina", "SW-ONC", report), row(outsider, "Otto", "SW-ONC", "LR7001"))), ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
        managerActor = new Actor(manager.toLowerCase(), "10.3.3.3");
        managerSignedIn = new SignedInPerson(manager.toLowerCase(), manager, "Wren Tester",
                Set.of(Role.LEARNER, Role.MANAGER));
        made.add(rules.create(ADMIN, RuleDefinition.course("Waivable for the line", course, TargetKind.WHOLE_LINE,
                manager, null, null, 10)).ruleId());
        made.add(rules.create(ADMIN, RuleDefinition.course("Waivable for one outside", course, TargetKind.PERSON,
                outsider, null, null, 10)).ruleId());
    }

    @AfterEach
    void endTheRulesMadeHere() {
        made.forEach(id -> rules.end(ADMIN, id));
    }

    private static String row(String employeeId, String givenName, String jobRole, String manager) {
        return String.join(",", employeeId, givenName, "Tester",
                employeeId.toLowerCase() + "@waive.lindenridge.example",
                "SOCWORK", jobRole, manager, "2023-05-01", "true");
    }

    private Requirement requirementOf(String employeeId) {
        return requirements.of(employeeId).stream().filter(r -> r.courseIri().equals(course)).findFirst()
                .orElseThrow();
    }

    private List<EnrolmentSnapshot> enrolmentsOf(String employeeId) {
        return enrolments.snapshotsOf(List.of(employeeId)).stream().filter(e -> e.courseIri().equals(course))
                .sorted(Comparator.comparing(EnrolmentSnapshot::id)).toList();
    }

    private String registrationOf(String employeeId) {
        return enrolments.enrolmentsOf(employeeId).stream().filter(e -> e.getCourseIri().equals(course)).findFirst()
                .orElseThrow().getRegistration();
    }

    private List<String> entries(String targetType, String targetId) {
        return trail.find(new AuditFilter(null, null, targetType, targetId, null, null), 0, 50).stream()
                .sorted(Comparator.comparing(AuditEvent::getId))
                .map(e -> e.getActor() + "@" + e.getRemoteAddress() + " " + e.getAction() + " " + e.getDetail())
                .toList();
    }

    private long waiverRows(String employeeId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM ASSIGNMENT_WAIVER WHERE EMPLOYEE_ID = ?")) {
            query.setString(1, employeeId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void aManagerWaivesARequirementInTheirLineTheLrsHoldsTheWaivedLessonsAndEndingItRequiresTheCourseAgain() {
        LocalDate endsOn = time.today().plusDays(20);
        String registration = registrationOf(deep);

        WaiverGranted granted = waivers.grant(managerActor, managerSignedIn, deep, course,
                " Completed the same training at her previous hospital in May ", endsOn);

        assertEquals(new WaiverGranted(granted.waiverId(), "Waivable course", endsOn, 2), granted);
        Requirement waived = requirementOf(deep);
        assertEquals(RequirementState.WAIVED, waived.state());
        assertEquals("Completed the same training at her previous hospital in May", waived.waiver().reason());
        assertEquals(endsOn, waived.waiver().endsOn());
        assertEquals(RequiredTraining.NONE, requirements.standingOf(List.of(deep)).get(deep));
        List<StatementFacts> statements = lrs.registration(registration);
        List<StatementFacts> waivedLessons = statements.stream().filter(s -> s.is(WAIVED)).toList();
        assertEquals(2, waivedLessons.stream().map(StatementFacts::objectId).distinct().count(),
                "one waived statement for each of the two lessons");
        assertEquals(List.of("Administrative", "Administrative"), waivedLessons.stream()
                .map(s -> s.json().getJsonObject("result").getJsonObject("extensions").getString(CMI5_REASON))
                .toList());
        assertEquals(managerActor.username() + "@10.3.3.3 REQUIREMENT_WAIVED \"Waivable course\" for " + deep
                + " until " + DateStyle.date(endsOn) + " (2 lessons waived in the LRS): Completed the same training"
                + " at her previous hospital in May",
                entries("StaffMember", deep).stream().filter(e -> e.contains("REQUIREMENT_WAIVED")).findFirst()
                        .orElseThrow());

        assertEquals(new RulePreview(2, 0, 1, List.of("Dina Tester", "Rafa Tester")), rules.preview(ADMIN,
                RuleDefinition.course("Preview only", course, TargetKind.WHOLE_LINE, manager, null, null, 10)),
                "Dina is exempt, Rafa has it to take");

        Requirement again = waivers.revoke(managerActor, managerSignedIn, granted.waiverId());

        assertEquals(RequirementState.OPEN, again.state());
        assertEquals(time.today().plusDays(30), again.dueOn(), "30 days after the waiver's last day, today");
        assertNull(again.lastCompletedOn(), "the waiver's completion is no completion");
        List<EnrolmentSnapshot> both = enrolmentsOf(deep);
        assertEquals(2, both.size(), "the waived registration stays; a new one is open");
        assertTrue(both.get(0).completed());
        assertFalse(both.get(1).completed(), "open to take again");
        assertEquals(managerActor.username() + "@10.3.3.3 WAIVER_REVOKED \"Waivable course\" for " + deep
                + ", waived until " + DateStyle.date(endsOn) + ", required again by "
                + DateStyle.date(time.today().plusDays(30)),
                entries("StaffMember", deep).stream().filter(e -> e.contains("WAIVER_REVOKED")).findFirst()
                        .orElseThrow());
    }

    @Test
    void rulesMadeAndEndedReachTheAuditTrail() {
        long rule = rules.create(ADMIN, RuleDefinition.course("Audited rule", course, TargetKind.PERSON, report,
                null, null, 14)).ruleId();
        rules.end(ADMIN, rule);

        assertEquals(List.of(
                "admin@10.9.8.7 ASSIGNMENT_RULE_CREATED Audited rule: " + course + " for person " + report
                        + ", due 14 days after it is assigned; reaches 1 person",
                "admin@10.9.8.7 ASSIGNMENT_RULE_ENDED Audited rule; held 1 person"),
                entries("AssignmentRule", String.valueOf(rule)));
    }

    @Test
    void badWaiversAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        LocalDate later = time.today().plusDays(30);
        String registration = registrationOf(report);
        int statementsBefore = lrs.registration(registration).size();
        List<String> trailBefore = entries("StaffMember", report);

        assertEquals("Give the reason for the waiver: it is kept with it and shown to the person's manager",
                refused(() -> waivers.grant(managerActor, managerSignedIn, report, course, "  ", later)));
        assertEquals("The waiver's end date " + DateStyle.date(time.today().minusDays(1))
                + " is already past; choose today or a later day", refused(() -> waivers.grant(managerActor,
                        managerSignedIn, report, course, "On leave", time.today().minusDays(1))));
        assertEquals(report + " is not required to take \"Empathetic communication with patients and families"
                + " facing cancer\":"
                + " there is nothing to waive", refused(() -> waivers.grant(managerActor, managerSignedIn, report,
                        EMPATHY, "On leave", later)));
        assertEquals("Only a manager of " + outsider + "'s line or an administrator can waive their training or"
                + " end a waiver", refused(() -> waivers.grant(managerActor, managerSignedIn, outsider, course,
                        "On leave", later)));
        SignedInPerson learner = new SignedInPerson(report.toLowerCase(), report, "Rafa Tester", Set.of(Role.LEARNER));
        assertEquals("Only a manager of " + report + "'s line or an administrator can waive their training or end a"
                + " waiver", refused(() -> waivers.grant(new Actor(report.toLowerCase(), null), learner, report,
                        course, "I would rather not", later)));

        assertEquals(0, waiverRows(report));
        assertEquals(0, waiverRows(outsider));
        assertEquals(RequirementState.OPEN, requirementOf(report).state());
        assertEquals(RequirementState.OPEN, requirementOf(outsider).state());
        assertEquals(statementsBefore, lrs.registration(registration).size(), "no waived statement");
        assertEquals(trailBefore, entries("StaffMember", report));

        SignedInPerson admin = new SignedInPerson("admin", "LR1003", "Victor Mensah", Set.of(Role.LEARNER,
                Role.ADMIN));
        long waiver = waivers.grant(ADMIN, admin, outsider, course, "Covered by the ward's own induction", later)
                .waiverId();
        assertEquals(RequirementState.WAIVED, requirementOf(outsider).state(), "an administrator may, for anyone");
        assertEquals("\"Waivable course\" is already waived for " + outsider + " until " + DateStyle.date(later)
                + "; end that waiver first to give it another end date",
                refused(() -> waivers.grant(ADMIN, admin, outsider, course, "Again", later)));
        assertEquals("Only a manager of " + outsider + "'s line or an administrator can waive their training or end"
                + " a waiver", refused(() -> waivers.revoke(managerActor, managerSignedIn, waiver)));
        assertEquals(RequirementState.WAIVED, requirementOf(outsider).state());
    }

    private static String refused(Runnable action) {
        return assertThrows(BusinessRuleException.class, action::run).getMessage();
    }
}
