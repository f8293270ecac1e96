package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.ContentAccess;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.LaunchMethod;
import org.carelearn.learning.domain.Cmi5Ids;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.EnrolmentProgressed;
import org.carelearn.learning.domain.EnrolmentStatus;
import org.carelearn.learning.domain.LaunchMode;
import org.carelearn.learning.domain.LaunchSession;
import org.carelearn.learning.domain.LaunchSession.FetchOutcome;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.learning.domain.LmsStatements;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.json.Jsons;
import org.carelearn.platform.time.HospitalTime;

/**
 * Launches an AU the way cmi5 section 8 says: any session still open in the registration is abandoned,
 * LMS.LaunchData and the learner's preferences are written, the launched statement recorded, and the
 * AU gets a URL with a single-use fetch URL for its session's auth-token.
 */
@ApplicationScoped
public class Launches {

    @Inject
    private Event<EnrolmentProgressed> progressed;

    @Inject
    private LearningRepository repository;

    @Inject
    private Catalog catalog;

    @Inject
    private ContentAccess content;

    @Inject
    private LrsGateway lrs;

    @Inject
    private Learners learners;

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    /**
     * Opens a new session of one AU for the learner who owns the enrolment. A completed course opens in
     * Review mode, so revisiting it records nothing that could change the result.
     *
     * @param address where the learner reached CareLearn (scheme, host, port and context path, no trailing
     *     slash): the endpoint, the fetch URL and the returnURL of an AU in its own window live there. A
     *     packaged AU runs from the content origin under a grant of this launch, never in the learner's
     *     session; the grant ends with the session. Null means {@code carelearn.public-url}.
     */
    @Transactional
    public LaunchTicket launch(String employeeId, long enrolmentId, String auIri, String address) {
        return launch(employeeId, enrolmentId, auIri, LaunchMode.NORMAL, address);
    }

    /**
     * Opens a new session in the launch mode asked for (cmi5 10.2.2). Normal records credit, and turns into
     * Review once the course is completed; Browse and Review let the learner look without recording any
     * completion or judgement, and neither counts as starting the course.
     *
     * <p>The enrolment and its open sessions are locked first: a relaunch waits for the statements the
     * previous session is storing at that moment (its terminated, say) and then abandons only what is still
     * open, so neither of them fails on the other's change.
     */
    @Transactional
    public LaunchTicket launch(String employeeId, long enrolmentId, String auIri, LaunchMode requested,
            String address) {
        String lms = address != null ? address : settings.publicUrl();
        Enrolment enrolment = repository.lockedEnrolment(enrolmentId).filter(e -> e.getEmployeeId().equals(employeeId))
                .orElseThrow(() -> new NotFoundException("You have no such enrolment"));
        CourseVersionView version = catalog.version(enrolment.getCourseVersionId()).orElseThrow();
        Au au = version.structure().au(auIri).orElseThrow(() -> new BusinessRuleException("The course \""
                + version.title() + "\" has no lesson " + auIri));
        Instant now = time.now();
        JsonObject actor = learners.agentOf(employeeId);
        abandonOpenSessions(enrolment, actor, now);

        Cmi5Ids ids = new Cmi5Ids(settings.lmsIri());
        LaunchMode mode = requested == LaunchMode.NORMAL && enrolment.isCompleted() ? LaunchMode.REVIEW : requested;
        String fetchSecret = Secrets.newSecret();
        LaunchSession session = new LaunchSession(enrolment, au.id(), ids.au(enrolment.getCourseIri(), au.id()), mode,
                Secrets.digest(fetchSecret), now);
        repository.add(session);
        if (mode == LaunchMode.NORMAL || enrolment.isCompleted()) {
            EnrolmentStatus before = enrolment.getStatus();
            enrolment.launched(now);
            if (enrolment.getStatus() != before) {
                progressed.fire(new EnrolmentProgressed(enrolment.getId(), enrolment.getEmployeeId(),
                        enrolment.getCourseIri()));
            }
        }

        String auUrl = content.grantedUrl(version.versionId(), au, session.contentHolder(), lms,
                now.plus(Duration.ofHours(settings.sessionTimeoutHours())));
        lrs.writeLaunchData(actor, session.activityId(), enrolment.getRegistration(),
                launchData(au, session, returnUrl(au, session, lms)));
        if (lrs.learnerPreferences(actor).isEmpty()) {
            lrs.saveLearnerPreferences(actor, "en-US", "on");
        }
        // cmi5 9.6.3.4: the launched statement holds the URL the AU was launched with, less the launch parameters
        // of section 8.1. For a packaged AU that URL carries the content grant's token, and keeping it in the
        // statement is deliberate: the token only reads the files of this one course version (training material,
        // nothing about any learner) from the content origin, which has no session, cookies or API; and it dies
        // with this session (2 minutes after terminated, at once when abandoned, at the session timeout at the
        // latest), so whoever reads the statement later (admins, reports, an LRS it is forwarded to) holds a
        // dead link. What acts for the learner, the fetch URL and so the auth-token, is a launch parameter and
        // never written into a statement.
        lrs.record(List.of(LmsStatements.launched(actor, enrolment.getRegistration(), session, auUrl,
                au.moveOn().cmi5Name(), au.masteryScore(), au.launchParameters(), now)));
        String fetchUrl = lms + "/cmi5/fetch/" + session.sessionId() + "/" + fetchSecret;
        String url = auUrl + (auUrl.contains("?") ? "&" : "?") + "endpoint=" + encode(lms + "/xapi") + "&fetch="
                + encode(fetchUrl) + "&actor=" + encode(actor.toString()) + "&registration="
                + enrolment.getRegistration() + "&activityId=" + encode(session.activityId());
        return new LaunchTicket(session.sessionId(), enrolment.getId(), au.title(), url, au.launchMethod(),
                mode);
    }

    /**
     * The AU asks for its auth-token (cmi5 8.2). It gets it once; a second call, a call for a session that
     * is over, or a wrong secret gets cmi5's error object instead.
     */
    @Transactional
    public FetchAnswer fetch(String sessionId, String fetchSecret) {
        return repository.lockedSession(sessionId).map(session -> {
            String tokenSecret = Secrets.newSecret();
            FetchOutcome outcome = session.fetch(Secrets.digest(fetchSecret), Secrets.digest(tokenSecret), time.now());
            return switch (outcome) {
                case ISSUED -> FetchAnswer.token(session.sessionId(), tokenSecret);
                case ALREADY_USED -> FetchAnswer.alreadyUsed();
                case INVALID -> FetchAnswer.securityError();
            };
        }).orElseGet(FetchAnswer::securityError);
    }

    /** One of the learner's sessions; someone else's is as good as missing. */
    public Optional<LaunchSession> sessionOf(String employeeId, String sessionId) {
        return repository.session(sessionId).filter(s -> s.getEnrolment().getEmployeeId().equals(employeeId));
    }

    /** Abandons sessions left open longer than the configured time (the learner closed the browser). */
    @Transactional
    public int abandonForgottenSessions() {
        Instant now = time.now();
        List<LaunchSession> forgotten = repository.activeSessionsLaunchedBefore(
                now.minus(Duration.ofHours(settings.sessionTimeoutHours())));
        List<JsonObject> statements = new ArrayList<>();
        for (LaunchSession candidate : forgotten) {
            // In the order every writer of a registration locks: its enrolment, then the session.
            Enrolment enrolment = repository.lockedEnrolment(candidate.getEnrolment().getId()).orElseThrow();
            LaunchSession session = repository.lockedSession(candidate.sessionId()).orElseThrow();
            if (session.isActive()) {
                statements.add(LmsStatements.abandoned(learners.agentOf(enrolment.getEmployeeId()),
                        enrolment.getRegistration(), session, session.abandon(now), now));
                content.end(session.contentHolder(), now);
            }
        }
        lrs.record(statements);
        return statements.size();
    }

    private void abandonOpenSessions(Enrolment enrolment, JsonObject actor, Instant now) {
        List<JsonObject> abandoned = new ArrayList<>();
        for (LaunchSession open : repository.activeSessions(enrolment)) {
            abandoned.add(LmsStatements.abandoned(actor, enrolment.getRegistration(), open, open.abandon(now), now));
            content.end(open.contentHolder(), now);
        }
        lrs.record(abandoned);
    }

    /**
     * cmi5 10.2.6: an AU in its own window comes back to CareLearn's page for the session. One in the player's
     * sandboxed frame goes to the content origin's return page instead, which tells the player (the page
     * around it, by message) to take the whole window back: a page of CareLearn inside the sandbox would have
     * neither the learner's session nor a way out of the frame.
     */
    private String returnUrl(Au au, LaunchSession session, String lms) {
        if (au.launchMethod() == LaunchMethod.OWN_WINDOW) {
            return lms + "/learning/returned.xhtml?session=" + session.sessionId();
        }
        return settings.contentUrl(lms) + "/lesson-return/" + session.sessionId();
    }

    private JsonObject launchData(Au au, LaunchSession session, String returnUrl) {
        JsonObjectBuilder data = Jsons.createObjectBuilder()
                .add("contextTemplate", LmsStatements.contextTemplate(au.id(), session.sessionId()))
                .add("launchMode", session.launchMode().cmi5Name()).add("moveOn", au.moveOn().cmi5Name())
                .add("returnURL", returnUrl);
        if (au.masteryScore() != null) {
            data.add("masteryScore", au.masteryScore());
        }
        if (au.launchParameters() != null) {
            data.add("launchParameters", au.launchParameters());
        }
        if (au.entitlementKey() != null) {
            data.add("entitlementKey", Jsons.createObjectBuilder().add("courseStructure", au.entitlementKey()));
        }
        return data.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
