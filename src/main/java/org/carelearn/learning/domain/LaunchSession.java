package org.carelearn.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One cmi5 session: one launch of one AU in one registration, from the LMS's launched statement to the
 * AU's terminated statement or the LMS's abandoned one. It holds the single-use fetch secret and the
 * session's auth-token (both as SHA-256 digests) and what cmi5's session rules need to remember.
 */
@Entity
@Table(name = "LAUNCH_SESSION")
@NamedQuery(name = "LaunchSession.findBySessionId",
        query = "SELECT s FROM LaunchSession s WHERE s.sessionId = :sessionId")
@NamedQuery(name = "LaunchSession.findActiveInRegistration", query = "SELECT s FROM LaunchSession s"
        + " WHERE s.enrolment = :enrolment AND s.terminatedAt IS NULL AND s.abandonedAt IS NULL")
@NamedQuery(name = "LaunchSession.findByEnrolment",
        query = "SELECT s FROM LaunchSession s WHERE s.enrolment = :enrolment ORDER BY s.launchedAt DESC")
@NamedQuery(name = "LaunchSession.findActiveLaunchedBefore", query = "SELECT s FROM LaunchSession s"
        + " WHERE s.terminatedAt IS NULL AND s.abandonedAt IS NULL AND s.launchedAt < :before")
public class LaunchSession {

    /** How long after terminated the auth-token still reads and writes documents (never statements). */
    public static final Duration TOKEN_GRACE = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LAUNCH_SESSION_SEQ")
    @SequenceGenerator(name = "LAUNCH_SESSION_SEQ", sequenceName = "LAUNCH_SESSION_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "SESSION_ID", nullable = false, updatable = false, length = 36)
    private String sessionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ENROLMENT_ID", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Column(name = "AU_IRI", nullable = false, updatable = false, length = 1000)
    private String auIri;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false, length = 1000)
    private String activityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "LAUNCH_MODE", nullable = false, updatable = false, length = 8)
    private LaunchMode launchMode;

    @Column(name = "FETCH_DIGEST", nullable = false, updatable = false, length = 64)
    private String fetchDigest;

    @Column(name = "TOKEN_DIGEST", length = 64)
    private String tokenDigest;

    @Column(name = "LAUNCHED_AT", nullable = false, updatable = false)
    private Instant launchedAt;

    @Column(name = "FETCHED_AT")
    private Instant fetchedAt;

    @Column(name = "INITIALIZED_AT")
    private Instant initializedAt;

    @Column(name = "LAST_STATEMENT_AT")
    private Instant lastStatementAt;

    @Column(name = "TERMINATED_AT")
    private Instant terminatedAt;

    @Column(name = "ABANDONED_AT")
    private Instant abandonedAt;

    /** When the AU first read LMS.LaunchData with the session's token (cmi5 10.2.1). */
    @Column(name = "LAUNCH_DATA_READ_AT")
    private Instant launchDataReadAt;

    /** When the AU first read the learner preferences with the session's token (cmi5 11). */
    @Column(name = "PREFERENCES_READ_AT")
    private Instant preferencesReadAt;

    /** The cmi5 defined verbs the session has used, space separated (each may be used once). */
    @Column(name = "DEFINED_VERBS", nullable = false, length = 200)
    private String definedVerbs = "";

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected LaunchSession() {
    }

    public LaunchSession(Enrolment enrolment, String auIri, String activityId, LaunchMode launchMode,
            String fetchDigest, Instant launchedAt) {
        this.sessionId = UUID.randomUUID().toString();
        this.enrolment = Objects.requireNonNull(enrolment);
        this.auIri = Objects.requireNonNull(auIri);
        this.activityId = Objects.requireNonNull(activityId);
        this.launchMode = Objects.requireNonNull(launchMode);
        this.fetchDigest = Objects.requireNonNull(fetchDigest);
        this.launchedAt = launchedAt;
    }

    /**
     * The AU called the fetch URL: hands out the auth-token (its digest is kept) once, and never again
     * (cmi5 8.2.3), nor for a session that is over.
     */
    public FetchOutcome fetch(String fetchSecretDigest, String tokenSecretDigest, Instant at) {
        if (!fetchDigest.equals(fetchSecretDigest)) {
            return FetchOutcome.INVALID;
        }
        if (fetchedAt != null || !isActive()) {
            return FetchOutcome.ALREADY_USED;
        }
        fetchedAt = at;
        tokenDigest = tokenSecretDigest;
        return FetchOutcome.ISSUED;
    }

    /** Whether the auth-token with this secret digest is good now. */
    public boolean acceptsToken(String tokenSecretDigest, Instant now) {
        if (tokenDigest == null || !tokenDigest.equals(tokenSecretDigest) || abandonedAt != null) {
            return false;
        }
        return terminatedAt == null || now.isBefore(terminatedAt.plus(TOKEN_GRACE));
    }

    /** Remembers what cmi5's rules need of statements the LRS has just stored for this session. */
    public void recorded(StatementFacts statement, Instant at) {
        lastStatementAt = at;
        if (!statement.cmi5Defined()) {
            return;
        }
        Set<String> verbs = definedVerbs();
        verbs.add(Cmi5.verbName(statement.verb()));
        definedVerbs = String.join(" ", verbs);
        if (statement.is(Cmi5.INITIALIZED)) {
            initializedAt = at;
        } else if (statement.is(Cmi5.TERMINATED)) {
            terminatedAt = at;
        }
    }

    /** The AU read LMS.LaunchData, which holds the context template its statements need. */
    public void launchDataRead(Instant at) {
        if (launchDataReadAt == null) {
            launchDataReadAt = at;
        }
    }

    /** The AU read the learner preferences, as cmi5 11 asks of it on start-up. */
    public void preferencesRead(Instant at) {
        if (preferencesReadAt == null) {
            preferencesReadAt = at;
        }
    }

    public boolean hasReadLaunchData() {
        return launchDataReadAt != null;
    }

    public boolean hasReadPreferences() {
        return preferencesReadAt != null;
    }

    /** Whether the AU has read both documents it must read before initialized. */
    public boolean hasReadStartingDocuments() {
        return launchDataReadAt != null && preferencesReadAt != null;
    }

    /**
     * A newer launch in the registration, or the session outlived its time: the LMS ends it (9.3.6).
     *
     * @return the session's length as the abandoned statement reports it: launch to the last statement
     */
    public Duration abandon(Instant at) {
        if (!isActive()) {
            throw new IllegalStateException("Session " + sessionId + " is already over");
        }
        abandonedAt = at;
        return Duration.between(launchedAt, lastStatementAt == null ? launchedAt : lastStatementAt);
    }

    /** Whom the content grant of this launch is held by (catalog.application.ContentAccess). */
    public String contentHolder() {
        return "launch " + sessionId;
    }

    public boolean isActive() {
        return terminatedAt == null && abandonedAt == null;
    }

    public boolean isInitialized() {
        return initializedAt != null;
    }

    public boolean isTerminated() {
        return terminatedAt != null;
    }

    public boolean isAbandoned() {
        return abandonedAt != null;
    }

    /** The short names ("initialized", "completed") of the cmi5 defined verbs the session has used. */
    public Set<String> definedVerbs() {
        Set<String> verbs = new LinkedHashSet<>();
        Arrays.stream(definedVerbs.split(" ")).filter(v -> !v.isEmpty()).forEach(verbs::add);
        return verbs;
    }

    public Long getId() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String auIri() {
        return auIri;
    }

    public String getAuIri() {
        return auIri;
    }

    public String activityId() {
        return activityId;
    }

    public LaunchMode launchMode() {
        return launchMode;
    }

    public LaunchMode getLaunchMode() {
        return launchMode;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public Instant getTerminatedAt() {
        return terminatedAt;
    }

    public Instant getAbandonedAt() {
        return abandonedAt;
    }

    public Instant getLastStatementAt() {
        return lastStatementAt;
    }

    /** What the fetch URL answers. */
    public enum FetchOutcome {
        ISSUED,
        /** cmi5 error-code 1: already in use or expired. */
        ALREADY_USED,
        /** cmi5 error-code 2: a security error (wrong secret). */
        INVALID
    }
}
