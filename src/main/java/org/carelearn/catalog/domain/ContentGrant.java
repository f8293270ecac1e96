package org.carelearn.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The right to read one version's files from the content origin until a given instant, held by whoever has
 * the token (a capability: the content origin never sees the learner's session). A grant is made for one
 * launch or one preview and may be ended sooner than planned, never extended.
 */
@Entity
@Table(name = "CONTENT_GRANT")
@NamedQuery(name = "ContentGrant.findByTokenDigest",
        query = "SELECT g FROM ContentGrant g WHERE g.tokenDigest = :digest")
@NamedQuery(name = "ContentGrant.findByHolder", query = "SELECT g FROM ContentGrant g WHERE g.holder = :holder")
@NamedQuery(name = "ContentGrant.deleteExpiredBefore", query = "DELETE FROM ContentGrant g WHERE g.expiresAt < :before")
public class ContentGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CONTENT_GRANT_SEQ")
    @SequenceGenerator(name = "CONTENT_GRANT_SEQ", sequenceName = "CONTENT_GRANT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "TOKEN_DIGEST", nullable = false, updatable = false, length = 64)
    private String tokenDigest;

    @Column(name = "VERSION_ID", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "HOLDER", nullable = false, updatable = false, length = 100)
    private String holder;

    @Column(name = "APPLICATION_ORIGIN", nullable = false, updatable = false, length = 300)
    private String applicationOrigin;

    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected ContentGrant() {
    }

    public ContentGrant(long versionId, String tokenDigest, String holder, String applicationOrigin, Instant issuedAt,
            Instant expiresAt) {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A content grant must end after it is issued");
        }
        this.versionId = versionId;
        this.tokenDigest = Objects.requireNonNull(tokenDigest);
        this.holder = Objects.requireNonNull(holder);
        this.applicationOrigin = Objects.requireNonNull(applicationOrigin);
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token still opens the version's files. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** What it was made for has ended (the launch session is over): the grant ends then too, never later. */
    public void endBy(Instant at) {
        if (at.isBefore(expiresAt)) {
            expiresAt = at;
        }
    }

    public long getVersionId() {
        return versionId;
    }

    public String getHolder() {
        return holder;
    }

    /** The CareLearn origin (scheme, host and port) that may frame the content and that its lessons talk to. */
    public String getApplicationOrigin() {
        return applicationOrigin;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
