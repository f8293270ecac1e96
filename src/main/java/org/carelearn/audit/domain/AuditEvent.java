package org.carelearn.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened. Immutable once written: there are no setters, and the columns are not
 * updatable, so even a careless merge cannot rewrite history.
 */
@Entity
@Table(name = "AUDIT_EVENT")
public class AuditEvent {

    /** Longest detail text kept; longer text is cut, never refused, so that auditing cannot fail a change. */
    public static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_EVENT_SEQ")
    @SequenceGenerator(name = "AUDIT_EVENT_SEQ", sequenceName = "AUDIT_EVENT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR", nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "TARGET_TYPE", updatable = false, length = 40)
    private String targetType;

    @Column(name = "TARGET_ID", updatable = false, length = 64)
    private String targetId;

    @Column(name = "DETAIL", updatable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "REMOTE_ADDRESS", updatable = false, length = 64)
    private String remoteAddress;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, AuditTarget target, String detail,
            String remoteAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = truncate(Objects.requireNonNull(actor, "actor"), 64);
        this.action = Objects.requireNonNull(action, "action");
        if (target != null) {
            this.targetType = target.type();
            this.targetId = truncate(target.id(), 64);
        }
        this.detail = truncate(detail, MAX_DETAIL);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    /**
     * At most {@code max} characters, and storable in every database CareLearn runs on: PostgreSQL's text
     * types refuse the NUL character (PostgreSQL 15 docs, "Character Types"), which a refused upload's content
     * can bring into a detail. Control characters other than tab and line breaks become U+FFFD, so a trail
     * entry never fails the change it records and reads the same on Derby and PostgreSQL.
     */
    private static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= max ? text : text.substring(0, max);
        StringBuilder storable = new StringBuilder(cut.length());
        cut.chars().forEach(c -> storable.append(Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                ? '\uFFFD' : (char) c));
        return storable.toString();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
