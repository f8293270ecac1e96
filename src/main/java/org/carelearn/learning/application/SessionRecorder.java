package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.ContentAccess;
import org.carelearn.catalog.domain.Au;
import org.carelearn.learning.domain.AuHistory;
import org.carelearn.learning.domain.Cmi5;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LaunchSession;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.learning.domain.SessionRuleViolation;
import org.carelearn.learning.domain.SessionRules;
import org.carelearn.learning.domain.StatementFacts;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.document.DocumentKey;
import org.carelearn.xapi.domain.document.DocumentKind;

/**
 * Applies cmi5's session rules to what an AU sends, and keeps the session up to date with what the LRS stored.
 * Both run inside the LRS's storing transaction, so a refused batch stores nothing and a stored one always moves
 * the session on. What follows for the enrolment (re-evaluating it, the LMS's satisfied statements) runs after that
 * transaction committed ({@link Reevaluations}): storing never calls back into the statement store.
 */
@ApplicationScoped
public class SessionRecorder {

    private static final Set<String> REGISTRATION_RULED = Set.of(Cmi5.COMPLETED, Cmi5.PASSED, Cmi5.FAILED);

    @Inject
    private LearningRepository repository;

    @Inject
    private Catalog catalog;

    @Inject
    private Progression progression;

    @Inject
    private Reevaluations reevaluations;

    @Inject
    private ContentAccess content;

    @Inject
    private HospitalTime time;

    void admit(String sessionId, List<JsonObject> statements) {
        // Locks in the order every writer of a registration uses (Launches): the enrolment, then the session.
        long enrolmentId = repository.session(sessionId).orElseThrow().getEnrolment().getId();
        repository.lockedEnrolment(enrolmentId).orElseThrow();
        LaunchSession session = repository.lockedSession(sessionId).orElseThrow();
        List<StatementFacts> batch = statements.stream().map(StatementFacts::of).toList();
        Enrolment enrolment = session.getEnrolment();
        Au au = catalog.version(enrolment.getCourseVersionId()).orElseThrow().structure().au(session.auIri())
                .orElseThrow();
        try {
            SessionRules.check(session, au.masteryScore(), history(session, batch), batch);
        } catch (SessionRuleViolation e) {
            throw new LrsException(Kind.FORBIDDEN, e.getMessage());
        }
    }

    void stored(String sessionId, List<JsonObject> statements) {
        LaunchSession session = repository.session(sessionId).orElseThrow();
        Instant now = time.now();
        boolean judged = false;
        for (JsonObject statement : statements) {
            StatementFacts facts = StatementFacts.of(statement);
            session.recorded(facts, now);
            judged |= facts.cmi5Defined() && REGISTRATION_RULED.contains(facts.verb());
        }
        if (judged) {
            reevaluations.dueAfterCommit(session.getEnrolment(), session.sessionId());
        }
        if (session.isTerminated()) {
            // The AU is leaving for its returnURL; what it still loads on the way out needs no more than the grace.
            content.end(session.contentHolder(), now.plus(LaunchSession.TOKEN_GRACE));
        }
    }

    /**
     * Remembers that the session's AU read LMS.LaunchData (of its own launch) or the learner preferences,
     * which cmi5 asks of it before initialized. Only the first read of each writes anything.
     */
    @Transactional
    public void documentRead(String sessionId, DocumentKey key) {
        boolean launchData = key.scope().kind() == DocumentKind.STATE && Cmi5.LAUNCH_DATA.equals(key.documentId());
        boolean preferences = key.scope().kind() == DocumentKind.AGENT_PROFILE
                && Cmi5.LEARNER_PREFERENCES.equals(key.documentId());
        if (!launchData && !preferences) {
            return;
        }
        LaunchSession seen = repository.session(sessionId).orElseThrow();
        if (launchData ? seen.hasReadLaunchData() || !seen.activityId().equals(key.scope().activityId())
                : seen.hasReadPreferences()) {
            return;
        }
        // Locked in the order every writer of a registration uses (Launches): the enrolment, then the session.
        repository.lockedEnrolment(seen.getEnrolment().getId()).orElseThrow();
        LaunchSession session = repository.lockedSession(sessionId).orElseThrow();
        if (launchData) {
            session.launchDataRead(time.now());
        } else {
            session.preferencesRead(time.now());
        }
    }

    /** The registration's completed and passed for the AU, read only when the batch could break those rules. */
    private AuHistory history(LaunchSession session, List<StatementFacts> batch) {
        if (batch.stream().noneMatch(s -> s.cmi5Defined() && REGISTRATION_RULED.contains(s.verb()))) {
            return AuHistory.NONE;
        }
        return progression.progressOf(session.getEnrolment()).history(session.auIri());
    }
}
