package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.carelearn.catalog.application.ContentAccess;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LaunchSession;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.learning.domain.LmsStatements;
import org.carelearn.learning.domain.SessionAbandoned;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * An administrator ends a lesson session that cannot end by itself (the learner's computer died, the
 * lesson hangs) instead of waiting for the timeout sweep: the LMS abandons it as cmi5 9.3.6 says, with
 * an abandoned statement carrying the session's length, and its auth-token stops working at once.
 */
@ApplicationScoped
public class Abandonments {

    @Inject
    private LearningRepository repository;

    @Inject
    private LrsGateway lrs;

    @Inject
    private Learners learners;

    @Inject
    private ContentAccess content;

    @Inject
    private Event<SessionAbandoned> abandoned;

    @Inject
    private HospitalTime time;

    @Transactional
    public void abandon(Actor actor, String sessionId) {
        LaunchSession seen = repository.session(sessionId)
                .orElseThrow(() -> new NotFoundException("There is no lesson session " + sessionId));
        // Locked as every writer of a registration locks (its enrolment, then the session), so the lesson's
        // own last statements and this decision are taken one after the other.
        repository.lockedEnrolment(seen.getEnrolment().getId()).orElseThrow();
        LaunchSession session = repository.lockedSession(sessionId).orElseThrow();
        if (session.isTerminated()) {
            throw new BusinessRuleException("The session " + sessionId + " has already ended: the lesson terminated it");
        }
        if (session.isAbandoned()) {
            throw new BusinessRuleException("The session " + sessionId + " has already been abandoned");
        }
        Instant now = time.now();
        Enrolment enrolment = session.getEnrolment();
        lrs.record(List.of(LmsStatements.abandoned(learners.agentOf(enrolment.getEmployeeId()),
                enrolment.getRegistration(), session, session.abandon(now), now)));
        // The lesson's files close with its session, as when a relaunch or the timeout abandons one.
        content.end(session.contentHolder(), now);
        abandoned.fire(new SessionAbandoned(actor, enrolment.getRegistration(),
                "session " + sessionId + " of " + enrolment.getEmployeeId() + " in \"" + enrolment.getCourseTitle()
                        + "\" abandoned"));
    }
}
