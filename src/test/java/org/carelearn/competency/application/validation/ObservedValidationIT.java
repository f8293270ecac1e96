package org.carelearn.competency.application.validation;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.competency.application.CompetencyRequirements;
import org.carelearn.competency.application.EvidenceLedger;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.StandingStore;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.IndicatorResult;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.learning.application.Learners;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
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
 * Observed validation in the real server, through the application services: a request, the worklists it appears
 * on (and the ones it must not), the attestation with the validator's password (evidence with its framework
 * version, the request closed, the standing written again, the xAPI statement in the LRS), every refusal, each of
 * which stores nothing (a wrong password counting towards the sign-in lockout), and the validation CareLearn
 * requests itself when a competency lapses that no course renews. Each test makes its own framework and people: a
 * boss over the subject and two validators, a report of the subject who validates (once not allowed to judge their
 * manager, once allowed), and someone without any approval.
 */
@ExtendWith(ArquillianExtension.class)
class ObservedValidationIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");
    private static final String PASSWORD = "Bedside-Observer-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    ValidatorApprovals approvals;

    @Inject
    ValidationRequests requests;

    @Inject
    ObservedValidations validations;

    @Inject
    SelfAssessments selfAssessments;

    @Inject
    PriorLearning priorLearning;

    @Inject
    EvidenceDocuments documents;

    @Inject
    EvidenceLedger ledger;

    @Inject
    Frameworks frameworks;

    @Inject
    StandingStore standings;

    @Inject
    StatementStore statements;

    @Inject
    Learners learners;

    @Inject
    Settings settings;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail trail;

    @Inject
    CompetencyRequirements requirements;

    @Inject
    HospitalTime time;

    private FrameworkDefinition framework;
    private CompetencyDefinition listening;
    private String boss;
    private String subject;
    private String validator;
    private String report;
    private String trustedReport;
    private String outsider;

    @BeforeEach
    void aFrameworkAndPeople() {
        framework = SampleFrameworks.framework("Validation IT framework");
        frameworks.publish(ADMIN, framework);
        listening = framework.competencies().get(0);
        boss = uniqueEmployeeId();
        subject = uniqueEmployeeId();
        validator = uniqueEmployeeId();
        report = uniqueEmployeeId();
        trustedReport = uniqueEmployeeId();
        outsider = uniqueEmployeeId();
        ImportResult result = hrFeed.run(ADMIN, "validation-it.csv", new StringReader(hrFeed(
                row(boss, "Bianca", "LR7001"), row(subject, "Sami", boss), row(validator, "Vera", boss),
                row(report, "Remy", subject), row(trustedReport, "Tess", subject), row(outsider, "Olu", boss))),
                ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
        for (String id : List.of(validator, report, trustedReport, outsider, subject)) {
            accounts.setPassword(ADMIN, id.toLowerCase(), PASSWORD.toCharArray(), false);
        }
        approvals.approve(ADMIN, validator, listening.identifier(), false);
        approvals.approve(ADMIN, report, listening.identifier(), false);
        approvals.approve(ADMIN, trustedReport, listening.identifier(), true);
    }

    private static String row(String employeeId, String givenName, String manager) {
        return String.join(",", employeeId, givenName, "Tester", employeeId.toLowerCase() + "@validate.lindenridge.example",
                "SOCWORK", "SW-ONC", manager, "2023-05-01", "true");
    }

    private static SignedInPerson signedIn(String employeeId, Role... roles) {
        return new SignedInPerson(employeeId.toLowerCase(), employeeId, "Person " + employeeId,
                roles.length == 0 ? Set.of(Role.LEARNER) : Set.of(roles));
    }

    private static Actor actor(String employeeId) {
        return new Actor(employeeId.toLowerCase(), "10.4.4.4");
    }

    private List<Verdict> allMet() {
        return listening.indicators().stream().map(i -> new Verdict(i.identifier(), true, null)).toList();
    }

    private long requestForSubject() {
        return requests.request(actor(subject), signedIn(subject), subject, listening.identifier(),
                "Before my night shifts start");
    }

    private List<Long> worklistOf(String employeeId) {
        return validations.worklist(employeeId).stream().map(WorklistItem::requestId).toList();
    }

    private List<String> audited(String employeeId, AuditAction action) {
        return trail.find(new AuditFilter(null, action, "StaffMember", employeeId, null, null), 0, 50).stream()
                .map(AuditEvent::getDetail).toList();
    }

    @Test
    void anApprovedValidatorAttestsTheRequestClosesTheStandingMovesAndTheLrsHoldsTheStatement() {
        long request = requestForSubject();
        RequestView waiting = requests.of(subject).get(0);
        assertEquals(request, waiting.id());
        assertTrue(waiting.open());
        assertEquals("Waiting for a validator", waiting.stateLabel());
        assertEquals(List.of("Observed validation of Listening requested for Sami Tester by Person " + subject),
                audited(subject, AuditAction.VALIDATION_REQUESTED));

        assertTrue(worklistOf(validator).contains(request), "the approved validator sees it");
        assertTrue(worklistOf(trustedReport).contains(request), "a report approved to validate their manager sees it");
        assertFalse(worklistOf(report).contains(request), "a report not approved for their own manager does not");
        assertFalse(worklistOf(outsider).contains(request), "someone with no approval has no worklist");
        WorklistItem item = validations.worklist(validator).stream().filter(i -> i.requestId() == request)
                .findFirst().orElseThrow();
        assertEquals("Sami Tester", item.personName());
        assertEquals("Listening", item.competencyTitle());
        assertEquals("Level 1, Developing", item.levelNeeded());

        ValidationForm form = validations.form(validator, request);
        assertEquals(3, form.indicators().size());
        assertEquals(4, form.levels().size());

        List<Verdict> verdicts = List.of(new Verdict(listening.indicators().get(0).identifier(), true, "Sat down"),
                new Verdict(listening.indicators().get(1).identifier(), true, null),
                new Verdict(listening.indicators().get(2).identifier(), false, "Forgot the next appointment"));
        EvidenceRecord evidence = validations.attest(actor(validator), validator, request, verdicts, 3,
                "Calm with a worried family", PASSWORD.toCharArray());

        assertEquals(EvidenceKind.OBSERVED_VALIDATION, evidence.getKind());
        assertEquals(1, evidence.getFrameworkVersion());
        assertEquals(validator, evidence.getGivenBy());
        RequestView closed = requests.of(subject).get(0);
        assertFalse(closed.open());
        assertEquals("Validated", closed.stateLabel());
        assertFalse(worklistOf(validator).contains(request), "a validated request leaves the worklist");
        assertEquals(CompetencyStatus.COMPETENT, standings.statusesOf(List.of(subject)).get(subject)
                .get(listening.identifier()));

        JsonObject statement = statements.find(evidence.getStatementId(), false,
                LrsCredentials.ofClient("validation-it", "Validation IT", true, false, "https://it.example"))
                .orElseThrow();
        assertEquals(learners.agentOf(subject), statement.getJsonObject("actor"));
        assertEquals(learners.agentOf(validator), statement.getJsonObject("context").getJsonObject("instructor"));
        assertEquals(settings.lmsIri() + "/competencies/" + listening.identifier(),
                statement.getJsonObject("object").getString("id"));
        assertEquals(3, statement.getJsonObject("result").getJsonObject("score").getInt("raw"));
        JsonObject extensions = statement.getJsonObject("result").getJsonObject("extensions");
        assertEquals(3, extensions.getJsonArray(settings.lmsIri() + "/xapi/extensions/indicators").size());
        assertEquals(1, audited(subject, AuditAction.COMPETENCY_EVIDENCE_RECORDED).size());
    }

    @Test
    void aWrongPasswordRefusesStoresNothingIsAuditedAndCountsTowardsTheSignInLockout() {
        long request = requestForSubject();
        int limit = settings.maxSignInFailures();

        for (int wrong = 1; wrong < limit; wrong++) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> validations.attest(
                    actor(validator), validator, request, allMet(), 2, null, "Not-My-Password-26".toCharArray()));
            assertFalse(refused instanceof AttestationLocked, "not locked after " + wrong + " wrong passwords");
            assertTrue(refused.getMessage().startsWith("That is not your password"), refused.getMessage());
        }
        assertNothingRecordedAndStillOpen(request);
        assertEquals(limit - 1, accounts.find(validator).orElseThrow().getFailedAttempts(),
                "each wrong password counted against the account, as a failed sign-in does");
        assertEquals(limit - 1, audited(subject, AuditAction.VALIDATION_REFUSED).size());
        assertTrue(audited(subject, AuditAction.VALIDATION_REFUSED).get(0).contains("password"));

        AttestationLocked locked = assertThrows(AttestationLocked.class, () -> validations.attest(actor(validator),
                validator, request, allMet(), 2, null, "Not-My-Password-26".toCharArray()));
        assertTrue(locked.getMessage().contains("your account is locked"), locked.getMessage());
        assertTrue(accounts.locked().stream().anyMatch(a -> a.getUsername().equals(validator.toLowerCase())),
                "the account is locked, as after as many failed sign-ins");
        assertThrows(AttestationLocked.class, () -> validations.attest(actor(validator), validator, request, allMet(),
                2, null, PASSWORD.toCharArray()), "even the right password, while locked");
        assertNothingRecordedAndStillOpen(request);
        List<String> lock = trail.find(new AuditFilter(null, AuditAction.SIGN_IN_LOCKED, "Account",
                validator.toLowerCase(), null, null), 0, 10).stream().map(AuditEvent::getDetail).toList();
        assertEquals(1, lock.size(), "the lock is audited as a sign-in lock: " + lock);
        assertTrue(trail.find(new AuditFilter(null, AuditAction.SIGN_IN_FAILED, "Account", validator.toLowerCase(),
                null, null), 0, 50).stream().anyMatch(e -> e.getDetail().equals(
                        "wrong password typed to attest an observed validation")));

        accounts.unlock(ADMIN, validator.toLowerCase());
        validations.attest(actor(validator), validator, request, allMet(), 2, null, PASSWORD.toCharArray());
        assertEquals(1, ledger.evidenceOf(subject).size(), "once unlocked, the right password attests");
    }

    @Test
    void aLapsedCompetencyNoCourseRenewsIsRenewedByAValidationCareLearnRequests() throws InterruptedException {
        requirements.set(ADMIN, "SW-ONC", "SOCWORK", listening.identifier(), 1, 12);
        List<IndicatorResult> met = listening.indicators().stream()
                .map(i -> new IndicatorResult(i.identifier(), true, null)).toList();
        // observed thirteen months ago, current for twelve: lapsed a month ago, and no course shows Listening
        ledger.record(actor(validator), new NewEvidence(subject, listening.identifier(),
                EvidenceKind.OBSERVED_VALIDATION, 2, validator, "On the ward", null, met, null),
                ZonedDateTime.now(time.getZone()).minusMonths(13).toInstant());
        assertEquals(CompetencyStatus.EXPIRED, standings.statusesOf(List.of(subject)).get(subject)
                .get(listening.identifier()));

        RequestView renewal = null;
        for (int i = 0; i < 100 && renewal == null; i++) {
            renewal = requests.of(subject).stream().filter(RequestView::open).findFirst().orElse(null);
            if (renewal == null) {
                Thread.sleep(100);
            }
        }
        assertTrue(renewal != null, "CareLearn requested an observed validation to renew it");
        assertTrue(renewal.renewal(), "shown as a renewal on her profile");
        assertEquals(listening.identifier(), renewal.competencyIdentifier());
        assertTrue(renewal.note().startsWith("Renewal: Listening lapsed on "), renewal.note());
        long request = renewal.id();
        assertTrue(worklistOf(validator).contains(request), "it waits in the approved validator's worklist");
        List<String> audited = audited(subject, AuditAction.VALIDATION_REQUESTED);
        assertEquals(1, audited.size(), "requested once: " + audited);
        assertTrue(audited.get(0).startsWith("Observed validation of Listening requested for Sami Tester by CareLearn:"
                + " renewal, the competency lapsed on "), audited.get(0));

        validations.attest(actor(validator), validator, request, allMet(), 2, null, PASSWORD.toCharArray());
        assertEquals(CompetencyStatus.COMPETENT, standings.statusesOf(List.of(subject)).get(subject)
                .get(listening.identifier()), "the validation renewed it");
        assertEquals("Validated", requests.of(subject).get(0).stateLabel());
    }

    @Test
    void anUnapprovedValidatorIsRefusedWithTheReasonAndNothingIsStored() {
        long request = requestForSubject();

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> validations.attest(
                actor(outsider), outsider, request, allMet(), 2, null, PASSWORD.toCharArray()));
        assertEquals(outsider + " is not approved to validate Listening: an administrator approves validators for"
                + " each competency", refused.getMessage());
        BusinessRuleException form = assertThrows(BusinessRuleException.class,
                () -> validations.form(outsider, request));
        assertTrue(form.getMessage().startsWith("You are not approved to validate Listening"), form.getMessage());
        assertNothingRecordedAndStillOpen(request);
        assertEquals(1, audited(subject, AuditAction.VALIDATION_REFUSED).size());
    }

    @Test
    void nobodyValidatesThemselfNorTheirOwnManagerUnlessApprovedForIt() {
        long own = requests.request(actor(validator), signedIn(validator), validator, listening.identifier(), null);
        assertFalse(worklistOf(validator).contains(own), "never on one's own worklist");
        BusinessRuleException self = assertThrows(BusinessRuleException.class, () -> validations.attest(
                actor(validator), validator, own, allMet(), 2, null, PASSWORD.toCharArray()));
        assertEquals("Nobody validates their own competency: ask another approved validator", self.getMessage());
        assertTrue(ledger.evidenceOf(validator).isEmpty());

        long request = requestForSubject();
        BusinessRuleException manager = assertThrows(BusinessRuleException.class, () -> validations.attest(
                actor(report), report, request, allMet(), 2, null, PASSWORD.toCharArray()));
        assertTrue(manager.getMessage().startsWith("You may not validate your own manager"), manager.getMessage());
        assertNothingRecordedAndStillOpen(request);

        validations.attest(actor(trustedReport), trustedReport, request, allMet(), 2, null, PASSWORD.toCharArray());
        assertEquals(1, ledger.evidenceOf(subject).size(), "a report approved for their own manager may validate");
    }

    @Test
    void aLevelOutsideTheScaleOrAnIndicatorLeftUnmarkedIsRefused() {
        long request = requestForSubject();

        BusinessRuleException level = assertThrows(BusinessRuleException.class, () -> validations.attest(
                actor(validator), validator, request, allMet(), 5, null, PASSWORD.toCharArray()));
        assertEquals("The scale Sample practice scale has levels 1 to 4, not 5", level.getMessage());
        BusinessRuleException unmarked = assertThrows(BusinessRuleException.class, () -> validations.attest(
                actor(validator), validator, request, allMet().subList(0, 2), 2, null, PASSWORD.toCharArray()));
        assertEquals("Mark every indicator of Listening met or not met: 1 of 3 are not marked",
                unmarked.getMessage());
        assertNothingRecordedAndStillOpen(request);
    }

    @Test
    void anUnknownCompetencyIsRefusedEverywhere() {
        String unknown = java.util.UUID.randomUUID().toString();

        BusinessRuleException request = assertThrows(BusinessRuleException.class,
                () -> requests.request(actor(subject), signedIn(subject), subject, unknown, null));
        assertEquals("There is no competency \"" + unknown + "\" in a published framework", request.getMessage());
        assertThrows(BusinessRuleException.class, () -> approvals.approve(ADMIN, outsider, unknown, false));
        assertThrows(BusinessRuleException.class,
                () -> selfAssessments.assess(actor(subject), signedIn(subject), unknown, 2, null));
        assertTrue(requests.of(subject).isEmpty());
        assertTrue(ledger.evidenceOf(subject).isEmpty());
        assertTrue(worklistOf(outsider).isEmpty());
    }

    @Test
    void onlyThePersonOrAManagerInTheirLineRequestsAndOneRequestWaitsAtATime() {
        BusinessRuleException stranger = assertThrows(BusinessRuleException.class, () -> requests.request(
                actor(outsider), signedIn(outsider), subject, listening.identifier(), null));
        assertEquals("Only Sami Tester or a manager in their line may request a validation for them",
                stranger.getMessage());

        long byBoss = requests.request(actor(boss), signedIn(boss, Role.LEARNER, Role.MANAGER), subject,
                listening.identifier(), null);
        BusinessRuleException twice = assertThrows(BusinessRuleException.class, this::requestForSubject);
        assertEquals("A validation of Listening for Sami Tester is already requested and waiting for a validator",
                twice.getMessage());
        assertEquals(List.of(byBoss), requests.of(subject).stream().map(RequestView::id).toList());

        requests.withdraw(actor(subject), signedIn(subject), byBoss);
        assertEquals("Withdrawn", requests.of(subject).get(0).stateLabel());
        assertFalse(worklistOf(validator).contains(byBoss));
    }

    @Test
    void aSelfAssessmentIsRecordedButNeverMakesAPersonCompetent() {
        EvidenceRecord own = selfAssessments.assess(actor(subject), signedIn(subject), listening.identifier(), 4,
                "I lead the unit's huddles on it");

        assertEquals(EvidenceKind.SELF_ASSESSMENT, own.getKind());
        assertEquals(CompetencyStatus.IN_PROGRESS, standings.statusesOf(List.of(subject)).get(subject)
                .get(listening.identifier()));
        BusinessRuleException level = assertThrows(BusinessRuleException.class,
                () -> selfAssessments.assess(actor(subject), signedIn(subject), listening.identifier(), 0, null));
        assertEquals("The scale Sample practice scale has levels 1 to 4, not 0", level.getMessage());
        assertEquals(1, ledger.evidenceOf(subject).size());
    }

    @Test
    void priorLearningIsAttestedByAManagerWithAPdfOrImageJudgedByItsContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        SignedInPerson manager = signedIn(boss, Role.LEARNER, Role.MANAGER);

        BusinessRuleException fake = assertThrows(BusinessRuleException.class, () -> priorLearning.attest(
                actor(boss), manager, subject, listening.identifier(), 2, null, "certificate.pdf",
                "just text, named like a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals("The document certificate.pdf is neither a PDF nor a PNG or JPEG image (judged by its"
                + " content, not its name)", fake.getMessage());
        byte[] huge = Arrays.copyOf("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                5 * 1024 * 1024 + 1);
        BusinessRuleException oversized = assertThrows(BusinessRuleException.class, () -> priorLearning.attest(
                actor(boss), manager, subject, listening.identifier(), 2, null, "big.pdf", huge));
        assertEquals("The document big.pdf is 5120 KB; at most 5 MB is accepted", oversized.getMessage());
        BusinessRuleException notTheirManager = assertThrows(BusinessRuleException.class, () -> priorLearning
                .attest(actor(outsider), signedIn(outsider), subject, listening.identifier(), 2, null, "cert.png",
                        png));
        assertEquals("Prior learning is attested by a manager of " + subject, notTheirManager.getMessage());
        assertTrue(ledger.evidenceOf(subject).isEmpty(), "no refusal stored anything");

        EvidenceRecord prior = priorLearning.attest(actor(boss), manager, subject, listening.identifier(), 2,
                "BLS course at St Agnes, 2025", "C:\\scans\\cert.png", png);
        assertEquals(EvidenceKind.PRIOR_LEARNING, prior.getKind());
        assertEquals(boss, prior.getGivenBy());
        assertEquals("image/png", documents.open(manager, prior.getId()).orElseThrow().mediaType());
        assertEquals("cert.png", documents.open(signedIn(subject), prior.getId()).orElseThrow().fileName());
        assertTrue(documents.open(signedIn(outsider), prior.getId()).isEmpty(), "not someone else's");
        assertEquals(CompetencyStatus.COMPETENT, standings.statusesOf(List.of(subject)).get(subject)
                .get(listening.identifier()));
    }

    @Test
    void approvalsAreListedWithdrawnAndAudited() {
        assertThrows(BusinessRuleException.class,
                () -> approvals.approve(ADMIN, validator, listening.identifier(), false));
        ApprovalView approval = approvals.active().stream().filter(a -> a.validatorId().equals(validator))
                .findFirst().orElseThrow();
        assertEquals("Listening", approval.competencyTitle());
        assertEquals("Vera Tester", approval.validatorName());
        long request = requestForSubject();

        approvals.withdraw(ADMIN, approval.id());

        assertTrue(worklistOf(validator).isEmpty());
        assertFalse(validations.isValidator(validator));
        assertThrows(BusinessRuleException.class, () -> validations.attest(actor(validator), validator, request,
                allMet(), 2, null, PASSWORD.toCharArray()));
        assertEquals(List.of("Approval of " + validator + " to validate Listening withdrawn"),
                audited(validator, AuditAction.VALIDATOR_APPROVAL_ENDED));
        assertEquals(List.of("Vera Tester approved to validate Listening, not their own manager"),
                audited(validator, AuditAction.VALIDATOR_APPROVED));
    }

    private void assertNothingRecordedAndStillOpen(long request) {
        assertTrue(ledger.evidenceOf(subject).isEmpty(), "nothing was recorded");
        assertTrue(requests.of(subject).stream().filter(r -> r.id() == request).findFirst().orElseThrow().open(),
                "the request still waits");
    }
}
