package org.carelearn.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores learners, enrolments, launch sessions and certificates. One repository for the context because
 * the four are always used together (a launch touches a learner, an enrolment and a session).
 */
public interface LearningRepository {

    Optional<Learner> learner(String employeeId);

    void add(Learner learner);

    /** The learners with these xAPI account names (those that exist). */
    List<Learner> learnersByAccountNames(Collection<String> accountNames);

    Optional<Enrolment> enrolment(long id);

    /**
     * The enrolment, read afresh and locked until the transaction ends. Whatever changes a registration's
     * sessions (a launch, an AU's statements, a waiver) locks its enrolment first, so they take turns in
     * one order and never fail on each other's changes or deadlock.
     */
    Optional<Enrolment> lockedEnrolment(long id);

    Optional<Enrolment> enrolmentByRegistration(String registration);

    List<Enrolment> enrolmentsOf(String employeeId);

    /**
     * The enrolments of all these people, in no particular order, to read and not to change: they are not
     * managed, so a transaction that reads thousands does not compare them all again at each flush.
     */
    List<Enrolment> enrolmentsOf(Collection<String> employeeIds);

    /** The learner's enrolment in this course that is not completed yet, if any. */
    Optional<Enrolment> openEnrolment(String employeeId, String courseIri);

    void add(Enrolment enrolment);

    Optional<LaunchSession> session(String sessionId);

    /**
     * The session, locked until the transaction ends: statement batches of one session are checked and
     * recorded one after the other, never side by side on a stale view of it.
     */
    Optional<LaunchSession> lockedSession(String sessionId);

    /** Sessions in the enrolment's registration that neither terminated nor were abandoned, read afresh and locked. */
    List<LaunchSession> activeSessions(Enrolment enrolment);

    List<LaunchSession> sessionsOf(Enrolment enrolment);

    /** Active sessions launched before this instant, for the sweep that abandons forgotten ones. */
    List<LaunchSession> activeSessionsLaunchedBefore(Instant before);

    void add(LaunchSession session);

    /** The re-evaluation due for this enrolment, if one waits. */
    Optional<PendingReevaluation> pendingReevaluation(long enrolmentId);

    /** The re-evaluations that have waited since before {@code before}, oldest first. */
    List<PendingReevaluation> reevaluationsDueSince(Instant before);

    void add(PendingReevaluation pending);

    void remove(PendingReevaluation pending);

    Optional<Certificate> certificate(String code);

    Optional<Certificate> certificateOf(long enrolmentId);

    List<Certificate> certificatesOf(String employeeId);

    /** The certificates of these people, by person and then completion, oldest first. */
    List<Certificate> certificatesOf(java.util.Collection<String> employeeIds);

    void add(Certificate certificate);
}
