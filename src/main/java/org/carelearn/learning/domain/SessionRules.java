package org.carelearn.learning.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * cmi5's rules for the statements an AU sends in one session (cmi5 Quartz 7.1, 9.1 to 9.7, 10.2, 11), checked
 * before a batch is stored so that a statement breaking them is refused rather than stored and voided.
 * The order is the order of arrival, which for a well-behaved AU is its timestamp order.
 */
public final class SessionRules {

    private static final Set<String> AU_VERBS = Set.of(Cmi5.INITIALIZED, Cmi5.COMPLETED, Cmi5.PASSED, Cmi5.FAILED,
            Cmi5.TERMINATED);
    private static final Set<String> JUDGED = Set.of(Cmi5.PASSED, Cmi5.FAILED);
    /** A timestamp in UTC: xAPI's format (already checked by the LRS) with the offset Z or +00:00. */
    private static final Pattern UTC = Pattern.compile(".*([zZ]|\\+00(:?00)?)");

    private SessionRules() {
    }

    /**
     * Checks a batch against the session as it stands (its used verbs are kept by short name, see
     * {@link LaunchSession#definedVerbs()}) and the registration's history for the AU.
     *
     * @param masteryScore the masteryScore of the launch data, or null
     * @throws SessionRuleViolation naming the first statement that breaks a rule, and the rule
     */
    public static void check(LaunchSession session, BigDecimal masteryScore, AuHistory history,
            List<StatementFacts> batch) {
        boolean initialized = session.isInitialized();
        boolean terminated = session.isTerminated();
        boolean completed = history.completed();
        boolean passed = history.passed();
        Set<String> verbs = new HashSet<>(session.definedVerbs());
        if (batch.isEmpty() && terminated) {
            // Every statement of the request was stored before: an AU sending them again after terminated still
            // sends statements after terminated, which cmi5 refuses (CATAPULT's 005-1 re-sends one).
            throw new SessionRuleViolation("Statements sent again refused: the session has terminated; nothing may"
                    + " follow terminated");
        }
        for (StatementFacts s : batch) {
            if (session.isAbandoned()) {
                throw new SessionRuleViolation(s, "the session was abandoned (the AU was launched again)");
            }
            if (terminated) {
                throw new SessionRuleViolation(s, "the session has terminated; nothing may follow terminated");
            }
            checkEveryStatement(s);
            if (!session.sessionId().equals(s.sessionId())) {
                throw new SessionRuleViolation(s, "context.extensions must carry the session id " + session.sessionId()
                        + " from LMS.LaunchData");
            }
            if (!initialized && !(s.cmi5Defined() && s.is(Cmi5.INITIALIZED))) {
                throw new SessionRuleViolation(s, "the first statement of a session must be initialized");
            }
            if (s.cmi5Defined() && s.is(Cmi5.INITIALIZED) && !session.hasReadStartingDocuments()) {
                throw new SessionRuleViolation(s, "initialized comes after the AU has read LMS.LaunchData and the"
                        + " learner preferences (cmi5 10.2.1 and 11)");
            }
            if (s.cmi5Defined()) {
                checkDefined(session, masteryScore, s, verbs, completed, passed);
                verbs.add(Cmi5.verbName(s.verb()));
                completed |= s.is(Cmi5.COMPLETED);
                passed |= s.is(Cmi5.PASSED);
            }
            initialized = true;
            terminated = s.cmi5Defined() && s.is(Cmi5.TERMINATED);
        }
    }

    /** What cmi5 asks of every statement an AU sends, defined or allowed (9.1, 9.2, 9.5.1, 9.6.2.2, 9.7). */
    private static void checkEveryStatement(StatementFacts s) {
        if (s.id() == null) {
            throw new SessionRuleViolation(s, "an AU gives every statement its own id (cmi5 9.1)");
        }
        if (s.timestamp() == null) {
            throw new SessionRuleViolation(s, "an AU gives every statement a timestamp (cmi5 9.7)");
        }
        if (!UTC.matcher(s.timestamp()).matches()) {
            throw new SessionRuleViolation(s, "the timestamp " + s.timestamp() + " must be in UTC, ending in Z"
                    + " (cmi5 9.7)");
        }
        if (!s.actorIsAgent()) {
            throw new SessionRuleViolation(s, "the actor must be the learner's Agent from the launch, not a Group"
                    + " (cmi5 9.2)");
        }
        if (s.rawScoreWithoutRange()) {
            throw new SessionRuleViolation(s, "a raw score needs score.min and score.max beside it (cmi5 9.5.1)");
        }
        if (s.moveOnCategory() && !s.cmi5Defined()) {
            throw new SessionRuleViolation(s, "only cmi5 defined statements (with the cmi5 category) carry the moveon"
                    + " category (cmi5 9.6.2.2)");
        }
    }

    private static void checkDefined(LaunchSession session, BigDecimal masteryScore, StatementFacts s,
            Set<String> verbs, boolean completed, boolean passed) {
        if (!AU_VERBS.contains(s.verb())) {
            throw new SessionRuleViolation(s, "an AU's cmi5 defined statements use initialized, completed, passed,"
                    + " failed or terminated only");
        }
        if (!session.activityId().equals(s.objectId())) {
            throw new SessionRuleViolation(s, "the object must be the launched AU " + session.activityId());
        }
        if (!s.groupedBy(session.auIri())) {
            throw new SessionRuleViolation(s, "contextActivities.grouping must hold the AU's publisher id "
                    + session.auIri() + " from the context template");
        }
        if (verbs.contains(Cmi5.verbName(s.verb()))) {
            throw new SessionRuleViolation(s, "a session may use each cmi5 verb once");
        }
        if (JUDGED.contains(s.verb()) && (verbs.contains("passed") || verbs.contains("failed"))) {
            throw new SessionRuleViolation(s, "a session may judge the AU once (passed or failed)");
        }
        boolean satisfaction = s.is(Cmi5.COMPLETED) || JUDGED.contains(s.verb());
        if (satisfaction && session.launchMode() != LaunchMode.NORMAL) {
            throw new SessionRuleViolation(s, "the AU was launched in " + session.launchMode().cmi5Name()
                    + " mode, which records no completion or judgement");
        }
        checkResult(masteryScore, s);
        if (s.is(Cmi5.COMPLETED) && completed) {
            throw new SessionRuleViolation(s, "the AU is already completed in this registration");
        }
        if (s.is(Cmi5.PASSED) && passed) {
            throw new SessionRuleViolation(s, "the AU is already passed in this registration");
        }
        if (s.is(Cmi5.FAILED) && passed) {
            throw new SessionRuleViolation(s, "failed may not follow passed in a registration");
        }
    }

    private static void checkResult(BigDecimal masteryScore, StatementFacts s) {
        boolean completion = s.is(Cmi5.COMPLETED);
        boolean judged = JUDGED.contains(s.verb());
        if (completion != Boolean.TRUE.equals(s.completion()) || !completion && s.completion() != null) {
            throw new SessionRuleViolation(s, completion ? "completed must carry result.completion true"
                    : "only completed may carry result.completion");
        }
        if (judged ? s.success() == null || s.success() != s.is(Cmi5.PASSED) : s.success() != null) {
            throw new SessionRuleViolation(s, judged ? "result.success must be " + s.is(Cmi5.PASSED)
                    : "only passed and failed may carry result.success");
        }
        if (s.hasScore() && !judged) {
            throw new SessionRuleViolation(s, "only passed and failed may carry a score");
        }
        if (s.duration() == null && !s.is(Cmi5.INITIALIZED)) {
            throw new SessionRuleViolation(s, "result.duration is required");
        }
        if (s.moveOnCategory() != (completion || judged)) {
            throw new SessionRuleViolation(s, completion || judged ? "the moveon category is required"
                    : "only statements with success or completion carry the moveon category");
        }
        // cmi5 9.6.3.2-2: a judgement made on the mastery score (it has a score) carries it; one without a score
        // need not, but if it names a mastery score it must be the launch data's.
        if (judged && masteryScore != null && (s.masteryScoreExtension() == null ? s.hasScore()
                : s.masteryScoreExtension().compareTo(masteryScore) != 0)) {
            throw new SessionRuleViolation(s, "passed and failed carry the masteryscore context extension "
                    + masteryScore.toPlainString() + " from LMS.LaunchData (cmi5 9.6.3.2)");
        }
        if (masteryScore != null && s.scaled() != null) {
            if (s.is(Cmi5.PASSED) && s.scaled().compareTo(masteryScore) < 0) {
                throw new SessionRuleViolation(s, "passed with a scaled score below the mastery score " + masteryScore);
            }
            if (s.is(Cmi5.FAILED) && s.scaled().compareTo(masteryScore) >= 0) {
                throw new SessionRuleViolation(s, "failed with a scaled score at or above the mastery score "
                        + masteryScore);
            }
        }
    }
}
