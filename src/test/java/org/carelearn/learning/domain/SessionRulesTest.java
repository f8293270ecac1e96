package org.carelearn.learning.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final Instant LAUNCHED = Instant.parse("2026-11-28T09:59:00Z");
    private static final BigDecimal MASTERY = new BigDecimal("0.8");

    private final LaunchSession session = session(LaunchMode.NORMAL);

    /** A session whose AU has read LMS.LaunchData and the learner preferences, as it must before initialized. */
    private static LaunchSession session(LaunchMode mode) {
        LaunchSession started = unread(mode);
        started.launchDataRead(LAUNCHED);
        started.preferencesRead(LAUNCHED);
        return started;
    }

    private static LaunchSession unread(LaunchMode mode) {
        return new LaunchSession(new Enrolment("LR1001", "https://carelearn.example/courses/demo", 1, "Demo",
                LAUNCHED, "learner"), Cmi5Statements.AU_IRI, Cmi5Statements.ACTIVITY,
                mode, "0".repeat(64), LAUNCHED);
    }

    private List<StatementFacts> batch(LaunchSession in, Cmi5Statements... statements) {
        return Arrays.stream(statements).map(s -> s.inSession(in.sessionId()).facts()).toList();
    }

    private void accept(LaunchSession in, AuHistory history, Cmi5Statements... statements) {
        assertDoesNotThrow(() -> SessionRules.check(in, MASTERY, history, batch(in, statements)));
    }

    private void refuse(LaunchSession in, AuHistory history, String reason, Cmi5Statements... statements) {
        List<StatementFacts> facts = batch(in, statements);
        SessionRuleViolation refused = assertThrows(SessionRuleViolation.class,
                () -> SessionRules.check(in, MASTERY, history, facts));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private void record(LaunchSession in, Cmi5Statements... statements) {
        batch(in, statements).forEach(s -> in.recorded(s, LAUNCHED));
    }

    @Test
    void aWholeSessionOfAContentLessonIsAccepted() {
        accept(session, AuHistory.NONE, Cmi5Statements.initialized(), Cmi5Statements.answered(),
                Cmi5Statements.completed(), Cmi5Statements.terminated());
    }

    @Test
    void anAssessmentMayPassOrFailOnceASession() {
        accept(session, AuHistory.NONE, Cmi5Statements.initialized(), Cmi5Statements.passed("0.9"),
                Cmi5Statements.terminated());
        refuse(session, AuHistory.NONE, "judge the AU once", Cmi5Statements.initialized(),
                Cmi5Statements.failed("0.5"), Cmi5Statements.passed("0.9"));
    }

    @Test
    void theFirstStatementMustBeInitialized() {
        refuse(session, AuHistory.NONE, "first statement of a session must be initialized", Cmi5Statements.answered());
        refuse(session, AuHistory.NONE, "first statement of a session must be initialized",
                Cmi5Statements.completed());
    }

    @Test
    void nothingFollowsTerminatedNeitherInTheBatchNorLater() {
        refuse(session, AuHistory.NONE, "nothing may follow terminated", Cmi5Statements.initialized(),
                Cmi5Statements.terminated(), Cmi5Statements.answered());
        record(session, Cmi5Statements.initialized(), Cmi5Statements.terminated());
        refuse(session, AuHistory.NONE, "nothing may follow terminated", Cmi5Statements.answered());
        // a request whose statements were all stored before (the LRS passes none of them on as new)
        refuse(session, AuHistory.NONE, "nothing may follow terminated");
    }

    @Test
    void aRequestOfStatementsSentAgainIsAcceptedWhileTheSessionIsOpen() {
        record(session, Cmi5Statements.initialized());
        accept(session, AuHistory.NONE);
    }

    @Test
    void anAbandonedSessionTakesNothing() {
        record(session, Cmi5Statements.initialized());
        session.abandon(LAUNCHED.plusSeconds(60));
        refuse(session, AuHistory.NONE, "abandoned", Cmi5Statements.answered());
    }

    @Test
    void verbsAreNotRepeatedInASession() {
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "each cmi5 verb once", Cmi5Statements.initialized());
    }

    @Test
    void completedAndPassedAreOncePerRegistrationAndFailedNeverFollowsPassed() {
        record(session, Cmi5Statements.initialized());
        refuse(session, new AuHistory(true, false), "already completed", Cmi5Statements.completed());
        refuse(session, new AuHistory(false, true), "already passed", Cmi5Statements.passed("0.9"));
        refuse(session, new AuHistory(false, true), "failed may not follow passed", Cmi5Statements.failed("0.2"));
        accept(session, new AuHistory(true, false), Cmi5Statements.passed("0.9"));
    }

    @Test
    void scoresMustAgreeWithTheMasteryScore() {
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "below the mastery score", Cmi5Statements.passed("0.79"));
        refuse(session, AuHistory.NONE, "at or above the mastery score", Cmi5Statements.failed("0.8"));
        accept(session, AuHistory.NONE, Cmi5Statements.passed("0.8"));
    }

    @Test
    void resultsFollowSection95() {
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "result.completion true", Cmi5Statements.completed().completion(false));
        refuse(session, AuHistory.NONE, "result.success must be true",
                Cmi5Statements.of(Cmi5.PASSED).duration("PT1M").moveOn());
        refuse(session, AuHistory.NONE, "only passed and failed may carry a score",
                Cmi5Statements.completed().score("0.5"));
        refuse(session, AuHistory.NONE, "result.duration is required",
                Cmi5Statements.of(Cmi5.TERMINATED));
        refuse(session, AuHistory.NONE, "moveon category is required", Cmi5Statements.completed().withoutMoveOn());
        refuse(session, AuHistory.NONE, "only statements with success or completion",
                Cmi5Statements.terminated().moveOn());
    }

    @Test
    void browseAndReviewRecordNoSatisfaction() {
        LaunchSession review = session(LaunchMode.REVIEW);
        record(review, Cmi5Statements.initialized());
        refuse(review, AuHistory.NONE, "Review mode", Cmi5Statements.completed());
        accept(review, AuHistory.NONE, Cmi5Statements.answered(), Cmi5Statements.terminated());
    }

    @Test
    void definedStatementsAreAboutTheLaunchedAuInThisSession() {
        refuse(session, AuHistory.NONE, "session id", Cmi5Statements.initialized().session("another"));
        refuse(session, AuHistory.NONE, "object must be the launched AU",
                Cmi5Statements.initialized().object("https://lms.test/au/2"));
        refuse(session, AuHistory.NONE, "publisher id",
                Cmi5Statements.initialized().grouping("https://elsewhere.test/au"));
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "use initialized, completed, passed, failed or terminated only",
                Cmi5Statements.of(Cmi5.WAIVED));
    }

    @Test
    void everyStatementCarriesItsOwnIdAndATimestampInUtc() {
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "its own id (cmi5 9.1)", Cmi5Statements.answered().withoutId());
        refuse(session, AuHistory.NONE, "a timestamp (cmi5 9.7)", Cmi5Statements.answered().timestamp(null));
        refuse(session, AuHistory.NONE, "must be in UTC",
                Cmi5Statements.answered().timestamp("2026-11-28T04:00:00.000-06:00"));
        accept(session, AuHistory.NONE, Cmi5Statements.answered().timestamp("2026-11-28T10:00:00.000+00:00"));
    }

    @Test
    void theActorIsAnAgentAndARawScoreComesWithItsBounds() {
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "not a Group", Cmi5Statements.passed("0.9").actorType("Group"));
        refuse(session, AuHistory.NONE, "score.min and score.max",
                Cmi5Statements.passed("0.9").rawScore(90, null, 100));
        refuse(session, AuHistory.NONE, "score.min and score.max", Cmi5Statements.answered().rawScore(3, 0, null));
        accept(session, AuHistory.NONE, Cmi5Statements.passed("0.9").rawScore(90, 0, 100).actorType("Agent"));
    }

    @Test
    void onlyDefinedStatementsCarryTheMoveOnCategory() {
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "only cmi5 defined statements (with the cmi5 category) carry the moveon",
                Cmi5Statements.answered().plainMoveOn());
    }

    @Test
    void judgementsCarryTheMasteryScoreOfTheLaunchData() {
        record(session, Cmi5Statements.initialized());
        refuse(session, AuHistory.NONE, "masteryscore context extension 0.8",
                Cmi5Statements.passed("0.9").masteryScore(null));
        refuse(session, AuHistory.NONE, "masteryscore context extension 0.8",
                Cmi5Statements.failed("0.5").masteryScore("0.7"));
        accept(session, AuHistory.NONE, Cmi5Statements.passed("0.9").masteryScore("0.80"));
    }

    /**
     * cmi5 9.6.3.2-2 asks for the extension on judgements made on the mastery score, and CATAPULT's 9.6.3.2-2 (d)
     * refuses those with a score but without it; a passed with no score at all (CATAPULT's 001-essentials) is fine.
     */
    @Test
    void aJudgementWithoutAScoreNeedNotCarryTheMasteryScore() {
        record(session, Cmi5Statements.initialized());
        accept(session, AuHistory.NONE, Cmi5Statements.passedWithoutScore());
        refuse(session, AuHistory.NONE, "masteryscore context extension 0.8",
                Cmi5Statements.passedWithoutScore().masteryScore("0.7"));
    }

    @Test
    void initializedWaitsForTheLaunchDataAndThePreferences() {
        LaunchSession fresh = unread(LaunchMode.NORMAL);
        refuse(fresh, AuHistory.NONE, "after the AU has read LMS.LaunchData", Cmi5Statements.initialized());
        fresh.launchDataRead(LAUNCHED);
        refuse(fresh, AuHistory.NONE, "learner preferences", Cmi5Statements.initialized());
        fresh.preferencesRead(LAUNCHED);
        accept(fresh, AuHistory.NONE, Cmi5Statements.initialized());
    }
}
