package org.carelearn.competency.application;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.EvidenceDocumentContent;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.IndicatorResult;
import org.carelearn.competency.domain.Validator;
import org.carelearn.competency.domain.ValidatorApproval;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.SampleFrameworks;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.application.StatementStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The competency context's storage and spine in the real server: a framework version reads back equal, a change
 * makes version 2 while evidence keeps the version it was given against; a course completion (learning's event)
 * becomes evidence at the mapped level, an xAPI statement in the LRS and a standing; an expiring competency makes
 * the renewing course a requirement in assignment; every bad requirement, mapping or piece of evidence is refused
 * and changes nothing. Each test publishes a framework of its own and makes its own people and course.
 */
@ExtendWith(ArquillianExtension.class)
class CompetencyStorageIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");
    /** Demo job role and department the HR feed rows below use. */
    private static final String ROLE = "SW-ONC";
    private static final String DEPARTMENT = "SOCWORK";

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    Frameworks frameworks;

    @Inject
    CompetencyRequirements requirements;

    @Inject
    CourseMappings mappings;

    @Inject
    EvidenceLedger ledger;

    @Inject
    CompetencyProfiles profiles;

    /**
     * Learning's completions arrive here as its {@link CourseCompleted} event; the test hands the observer the
     * event itself, since firing it for an enrolment that does not exist would make learning issue a certificate
     * for nothing. The browser journey (CompetencyJourneyIT) completes a real course.
     */
    @Inject
    CourseEvidence completions;

    @Inject
    Catalog catalog;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    StatementStore statements;

    @Inject
    Requirements assignmentRequirements;

    @Inject
    AssignmentRules rules;

    @Inject
    HospitalTime time;

    @Inject
    StandingUpkeep upkeep;

    @Inject
    EvidenceRepository evidenceRepository;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private FrameworkDefinition framework;
    private String listening;
    private String course;
    private String person;

    @BeforeEach
    void aFrameworkACourseAndAPerson() {
        framework = SampleFrameworks.framework("Storage IT " + uniqueEmployeeId());
        listening = framework.competencies().get(0).identifier();
        course = SampleCourses.uniqueCourseIri();
        catalog.importPackage("competency-it.zip", new ByteArrayInputStream(SampleCourses.goodPackage(course,
                "Listening course")), ADMIN);
        person = uniqueEmployeeId();
        ImportResult result = hrFeed.run(ADMIN, "competency-it.csv", new StringReader(hrFeed(String.join(",", person,
                "Lena", "Tester", person.toLowerCase() + "@competency.lindenridge.example", DEPARTMENT, ROLE,
                "LR7001", "2023-05-01", "true"))), ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
    }

    @Test
    void aVersionReadsBackEqualAndOnlyAChangeMakesANewOne() {
        Publication first = frameworks.publish(ADMIN, framework);
        Publication again = frameworks.publish(ADMIN, framework);
        FrameworkDefinition withThree = SampleFrameworks.withAnotherCompetency(framework);
        Publication changed = frameworks.publish(ADMIN, withThree);

        assertEquals(1, first.version());
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(1, again.version());
        assertTrue(again.message().contains("unchanged"), again.message());
        assertEquals(2, changed.version());
        assertEquals(framework, frameworks.version(framework.identifier(), 1).orElseThrow().definition());
        assertEquals(withThree, frameworks.latest(framework.identifier()).orElseThrow().definition());
        assertEquals(List.of(2, 1), frameworks.versions(framework.identifier()).stream()
                .map(FrameworkVersionView::version).toList());
    }

    @Test
    void evidenceKeepsTheVersionItWasGivenAgainst() {
        frameworks.publish(ADMIN, framework);
        EvidenceRecord before = ledger.record(ADMIN, selfAssessment(2));
        frameworks.publish(ADMIN, SampleFrameworks.withAnotherCompetency(framework));
        EvidenceRecord after = ledger.record(ADMIN, selfAssessment(3));

        List<Integer> versions = ledger.evidenceOf(person).stream().map(EvidenceRecord::getFrameworkVersion).toList();
        assertEquals(List.of(2, 1), versions, "newest first: " + versions);
        assertEquals(1, ledger.evidenceOf(person).stream().filter(e -> e.getId().equals(before.getId()))
                .findFirst().orElseThrow().getFrameworkVersion());
        assertEquals(2, after.getFrameworkVersion());
    }

    @Test
    void aCourseCompletionBecomesEvidenceAStatementAndAStanding() throws Exception {
        frameworks.publish(ADMIN, framework);
        requirements.set(ADMIN, ROLE, null, listening, 2, 24);
        mappings.set(ADMIN, course, listening, 2);

        completions.completed(new CourseCompleted(-1, person, course, time.now()));

        EvidenceRecord evidence = ledger.evidenceOf(person).get(0);
        assertEquals(EvidenceKind.COURSE_COMPLETION, evidence.getKind());
        assertEquals(2, evidence.getLevel());
        assertEquals(1, evidence.getFrameworkVersion());
        JsonObject statement = statements.find(evidence.getStatementId(), false, LrsCredentials.ofClient("it",
                "IT", true, false, "http://localhost")).orElseThrow();
        assertTrue(statement.getJsonObject("object").getString("id").endsWith("/competencies/" + listening));
        assertEquals(2, statement.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertEquals("framework version 1", statement.getJsonObject("context").getString("revision"));
        ProfileLine line = profiles.profileOf(person).orElseThrow().lines().stream()
                .filter(l -> l.competencyIdentifier().equals(listening)).findFirst().orElseThrow();
        assertEquals(CompetencyStatus.COMPETENT, line.status());
        assertEquals(2, line.levelShown());
        assertEquals("COMPETENT", standingStatus(person, listening));

        completions.completed(new CourseCompleted(-1, person, course, evidence.getGivenAt()));
        assertEquals(1, ledger.evidenceOf(person).size(), "the same completion counts once");
    }

    @Test
    void anExpiringCompetencyRequiresTheCourseThatRenewsIt() throws Exception {
        frameworks.publish(ADMIN, framework);
        requirements.set(ADMIN, ROLE, null, listening, 2, 36);
        mappings.set(ADMIN, course, listening, 2);
        Instant longAgo = ZonedDateTime.now(time.getZone()).minusMonths(23).toInstant();
        completions.completed(new CourseCompleted(-1, person, course, longAgo));
        assertEquals(CompetencyStatus.COMPETENT, profiles.profileOf(person).orElseThrow().lines().stream()
                .filter(l -> l.competencyIdentifier().equals(listening)).findFirst().orElseThrow().status());

        // the background rebuild after the change (as the hourly sweep would) finds it expiring
        requirements.set(ADMIN, ROLE, null, listening, 2, 24);

        Requirement renewal = null;
        for (int i = 0; i < 300 && renewal == null; i++) {
            renewal = assignmentRequirements.of(person).stream().filter(r -> r.courseIri().equals(course))
                    .findFirst().orElse(null);
            if (renewal == null) {
                Thread.sleep(200);
            }
        }
        assertTrue(renewal != null, "the course that renews the competency is required of the person (standing "
                + standingStatus(person, listening) + ", requirements " + assignmentRequirements.of(person).stream()
                .map(Requirement::ruleNames).toList() + ")");
        String why = "Renews competency: " + framework.competencies().get(0).title();
        assertEquals(List.of(why), renewal.ruleNames());
        long rulesBefore = rules.activeRules().stream().filter(r -> r.getName().equals(why)).count();
        completions.completed(new CourseCompleted(-1, person, course, longAgo.plusSeconds(60)));
        assertEquals(rulesBefore, rules.activeRules().stream().filter(r -> r.getName().equals(why)).count(),
                "the renewal is required once");
        rules.activeRules().stream().filter(r -> r.getName().equals(why)).map(AssignmentRule::getId)
                .forEach(id -> rules.end(ADMIN, id));
    }

    @Test
    void badRequirementsMappingsAndEvidenceAreRefusedAndChangeNothing() throws Exception {
        frameworks.publish(ADMIN, framework);
        String unknown = "7b0c7e1e-4c43-4d55-9b6b-3b3f0f7e2a10";

        assertRefused("There is no active job role", () -> requirements.set(ADMIN, "NO-SUCH-ROLE", null, listening,
                2, 24));
        assertRefused("There is no active department", () -> requirements.set(ADMIN, ROLE, "NO-SUCH-DEPT",
                listening, 2, 24));
        assertRefused("There is no competency", () -> requirements.set(ADMIN, ROLE, null, unknown, 2, 24));
        assertRefused("levels 1 to 4", () -> requirements.set(ADMIN, ROLE, null, listening, 5, 24));
        assertRefused("1 to 120 months", () -> requirements.set(ADMIN, ROLE, null, listening, 2, 0));
        assertRefused("no course", () -> mappings.set(ADMIN, "https://nowhere.example/course", listening, 2));
        assertRefused("levels 1 to 4", () -> mappings.set(ADMIN, course, listening, 0));
        assertRefused("not approved", () -> ledger.record(ADMIN, new NewEvidence(person, listening,
                EvidenceKind.OBSERVED_VALIDATION, 3, "LR7001", null, null, List.of(), null)));
        assertRefused("person's own", () -> ledger.record(ADMIN, new NewEvidence(person, listening,
                EvidenceKind.SELF_ASSESSMENT, 3, "LR7001", null, null, List.of(), null)));

        assertEquals(0, rows("COMPETENCY_REQUIREMENT", listening));
        assertEquals(0, rows("COMPETENCY_COURSE_MAPPING", listening));
        assertEquals(0, rows("COMPETENCY_EVIDENCE", listening));
    }

    @Test
    void aNewVersionMayNotDropACompetencyThatIsStillRequired() throws Exception {
        FrameworkDefinition three = SampleFrameworks.withAnotherCompetency(framework);
        frameworks.publish(ADMIN, three);
        String reassuring = three.competencies().get(2).identifier();
        requirements.set(ADMIN, ROLE, null, reassuring, 2, 12);

        assertRefused("Reassuring is left out", () -> frameworks.publish(ADMIN,
                SampleFrameworks.withoutLastCompetency(three)));
        assertEquals(1, frameworks.latest(three.identifier()).orElseThrow().version());
    }

    @Test
    void anApprovedValidatorsVerdictAndAManagersRecordOfPriorLearningAreStoredWholeAndInTheLrs() throws Exception {
        frameworks.publish(ADMIN, framework);
        CompetencyDefinition competency = framework.competencies().get(0);
        transaction.begin();
        evidenceRepository.add(new Validator(new ValidatorApproval("LR7002", listening, false), time.now(), "admin"));
        transaction.commit();
        List<IndicatorResult> verdicts = List.of(
                new IndicatorResult(competency.indicators().get(0).identifier(), true, "Introduced herself"),
                new IndicatorResult(competency.indicators().get(1).identifier(), true, null),
                new IndicatorResult(competency.indicators().get(2).identifier(), false, "Did not say what is next"));

        EvidenceRecord validation = ledger.record(new Actor("lr7002", null), new NewEvidence(person, listening,
                EvidenceKind.OBSERVED_VALIDATION, 3, "LR7002", "Observed at the bedside", null, verdicts, null));
        byte[] pdf = "%PDF-1.7\n% a scanned certificate\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        EvidenceRecord prior = ledger.record(new Actor("lr7001", null), new NewEvidence(person, listening,
                EvidenceKind.PRIOR_LEARNING, 2, "LR7001", "Certificate from her last hospital", null, List.of(),
                EvidenceDocumentContent.of("certificate.pdf", pdf)));

        EvidenceRecord stored = ledger.evidenceOf(person).stream().filter(e -> e.getId().equals(validation.getId()))
                .findFirst().orElseThrow();
        assertEquals(new java.util.HashSet<>(verdicts), new java.util.HashSet<>(stored.getIndicators()));
        JsonObject statement = statements.find(validation.getStatementId(), false, LrsCredentials.ofClient("it",
                "IT", true, false, "http://localhost")).orElseThrow();
        assertTrue(statement.getJsonObject("context").containsKey("instructor"), "the validator as instructor");
        assertEquals(3, statement.getJsonObject("result").getJsonObject("extensions").entrySet().stream()
                .filter(e -> e.getKey().endsWith("/indicators")).findFirst().orElseThrow().getValue().asJsonArray()
                .size());
        assertEquals("application/pdf", evidenceRepository.document(prior.getId()).orElseThrow().getMediaType());
        assertEquals(EvidenceDocumentContent.of("certificate.pdf", pdf),
                evidenceRepository.document(prior.getId()).orElseThrow().content());
        assertRefused("Nobody validates their own", () -> ledger.record(ADMIN, new NewEvidence(person, listening,
                EvidenceKind.OBSERVED_VALIDATION, 3, person, null, null, verdicts, null)));
    }

    /**
     * The whole recompute (every person, in groups, writing only what differs from the rows held) leaves each of
     * the person's standings as the profile's live reading of the rule has it, and mends rows made wrong behind
     * its back: a changed status, a missing row, a missing line.
     */
    @Test
    void aFullRecomputeWritesWhatTheRuleSaysAndMendsWrongRows() throws Exception {
        frameworks.publish(ADMIN, framework);
        requirements.set(ADMIN, ROLE, null, listening, 2, 24);
        mappings.set(ADMIN, course, listening, 2);
        completions.completed(new CourseCompleted(-1, person, course, time.now()));
        String second = framework.competencies().get(1).identifier();
        ledger.record(ADMIN, new NewEvidence(person, second, EvidenceKind.SELF_ASSESSMENT, 3, person, "I think so",
                null, List.of(), null));
        jdbc("UPDATE COMPETENCY_STANDING SET STATUS = 'IN_PROGRESS', LEVEL_SHOWN = NULL WHERE EMPLOYEE_ID = ?"
                + " AND COMPETENCY_IDENTIFIER = '" + listening + "'", person);
        jdbc("DELETE FROM COMPETENCY_STANDING WHERE EMPLOYEE_ID = ? AND COMPETENCY_IDENTIFIER = '" + second + "'",
                person);
        jdbc("DELETE FROM COMPETENCY_LINE WHERE EMPLOYEE_ID = ?", person);

        upkeep.rebuild();

        Map<String, String> written = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COMPETENCY_IDENTIFIER, STATUS,"
                        + " LEVEL_SHOWN, LEVEL_NEEDED, REQUIRED, LAPSES_ON FROM COMPETENCY_STANDING WHERE EMPLOYEE_ID = ?")) {
            query.setString(1, person);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    written.put(rows.getString(1), String.join(" ", rows.getString(2), rows.getString(3),
                            rows.getString(4), String.valueOf(rows.getBoolean(5)), String.valueOf(rows.getDate(6))));
                }
            }
        }
        List<ProfileLine> lines = profiles.profileOf(person).orElseThrow().lines();
        for (ProfileLine line : lines) {
            assertEquals(String.join(" ", line.status().name(), String.valueOf(line.levelShown()),
                    String.valueOf(line.levelNeeded()), String.valueOf(line.required()),
                    String.valueOf(line.lapsesOn() == null ? null : java.sql.Date.valueOf(line.lapsesOn()))),
                    written.get(line.competencyIdentifier()), line.title());
        }
        assertEquals(lines.size(), written.size(), "a row for each competency, no other");
        assertTrue(written.get(listening).startsWith("COMPETENT 2 2 true"), written.get(listening));
        assertTrue(written.get(second).startsWith("IN_PROGRESS null 1 false"), written.get(second));
        assertEquals("Tester, Lena", single("SELECT SORT_NAME FROM COMPETENCY_PERSON WHERE EMPLOYEE_ID = ?", person));
        assertEquals("LR7001", single("SELECT MANAGER_ID FROM COMPETENCY_LINE WHERE EMPLOYEE_ID = ?"
                + " AND MANAGER_ID = 'LR7001'", person));
    }

    private void jdbc(String sql, String employeeId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, employeeId);
            assertTrue(update.executeUpdate() > 0, sql);
        }
    }

    private String single(String sql, String employeeId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, employeeId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private NewEvidence selfAssessment(int level) {
        return new NewEvidence(person, listening, EvidenceKind.SELF_ASSESSMENT, level, person, "I think so", null,
                List.of(), null);
    }

    private static void assertRefused(String reason, Runnable action) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, action::run);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private long rows(String table, String competency) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE COMPETENCY_IDENTIFIER = ?")) {
            query.setString(1, competency);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String standingStatus(String employeeId, String competency) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT STATUS FROM COMPETENCY_STANDING"
                        + " WHERE EMPLOYEE_ID = ? AND COMPETENCY_IDENTIFIER = ?")) {
            query.setString(1, employeeId);
            query.setString(2, competency);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
