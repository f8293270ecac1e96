package org.carelearn.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One message, from the moment it is claimed (its {@link Letter#claimKey()} is unique in the table, so it is
 * claimed once, whichever server or run computed it) until the SMTP server accepts it, CareLearn gives up on it,
 * or, with no SMTP server configured, for good as a kept copy. Rows are never deleted: they are the mail log.
 */
@Entity
@Table(name = "OUTGOING_MAIL")
@NamedQuery(name = "OutgoingMail.keysAmong",
        query = "SELECT m.claimKey FROM OutgoingMail m WHERE m.claimKey IN :keys")
@NamedQuery(name = "OutgoingMail.take", query = "UPDATE OutgoingMail m SET m.state = :sending, m.lease = :lease,"
        + " m.nextAttemptAt = :leaseEnds, m.version = m.version + 1"
        + " WHERE m.state IN :waiting AND m.nextAttemptAt <= :now")
@NamedQuery(name = "OutgoingMail.taken", query = "SELECT m.id FROM OutgoingMail m WHERE m.lease = :lease"
        + " AND m.state = :sending ORDER BY m.id")
@NamedQuery(name = "OutgoingMail.byIds", query = "SELECT m FROM OutgoingMail m WHERE m.id IN :ids")
@NamedQuery(name = "OutgoingMail.newestFirst",
        query = "SELECT m FROM OutgoingMail m ORDER BY m.claimedAt DESC, m.id DESC")
@NamedQuery(name = "OutgoingMail.count", query = "SELECT COUNT(m) FROM OutgoingMail m")
@NamedQuery(name = "OutgoingMail.ofRecipient", query = "SELECT m FROM OutgoingMail m"
        + " WHERE m.recipientId = :employeeId ORDER BY m.id")
public class OutgoingMail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTGOING_MAIL_SEQ")
    @SequenceGenerator(name = "OUTGOING_MAIL_SEQ", sequenceName = "OUTGOING_MAIL_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CLAIM_KEY", nullable = false, updatable = false, length = 200)
    private String claimKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 32)
    private MailKind kind;

    @Column(name = "RECIPIENT_ID", nullable = false, updatable = false, length = 32)
    private String recipientId;

    @Column(name = "RECIPIENT_NAME", nullable = false, updatable = false, length = 200)
    private String recipientName;

    @Column(name = "RECIPIENT_ADDRESS", nullable = false, updatable = false, length = 320)
    private String recipientAddress;

    @Column(name = "ABOUT_ID", updatable = false, length = 32)
    private String aboutId;

    @Column(name = "ABOUT_NAME", updatable = false, length = 200)
    private String aboutName;

    @Column(name = "COURSE_IRI", updatable = false, length = 1000)
    private String courseIri;

    @Column(name = "DUE_ON", updatable = false)
    private LocalDate dueOn;

    @Column(name = "SUBJECT", nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "BODY", nullable = false, updatable = false, length = 16000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private MailState state;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "CLAIMED_AT", nullable = false, updatable = false)
    private Instant claimedAt;

    @Column(name = "NEXT_ATTEMPT_AT")
    private Instant nextAttemptAt;

    @Column(name = "LAST_ATTEMPT_AT")
    private Instant lastAttemptAt;

    @Column(name = "LEASE", length = 36)
    private String lease;

    @Column(name = "SMTP_REPLY", length = 1000)
    private String smtpReply;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected OutgoingMail() {
    }

    /**
     * A claimed message: waiting for its first attempt now, or, when there is no SMTP server to send it to,
     * kept as it is.
     */
    public OutgoingMail(Letter letter, Instant claimedAt, boolean toBeSent) {
        this.claimKey = letter.claimKey();
        this.kind = letter.kind();
        this.recipientId = letter.to().employeeId();
        this.recipientName = letter.to().name();
        this.recipientAddress = letter.to().address();
        this.aboutId = letter.about() == null ? null : letter.about().employeeId();
        this.aboutName = letter.about() == null ? null : letter.about().name();
        this.courseIri = letter.courseIri();
        this.dueOn = letter.dueOn();
        this.subject = letter.subject();
        this.body = letter.body();
        this.claimedAt = Objects.requireNonNull(claimedAt);
        this.state = toBeSent ? MailState.WAITING : MailState.KEPT;
        this.nextAttemptAt = toBeSent ? claimedAt : null;
    }

    /** The SMTP server accepted the message, answering {@code reply}. */
    public void delivered(Instant at, String reply) {
        attempts++;
        lastAttemptAt = at;
        state = MailState.SENT;
        smtpReply = shortened(reply);
        nextAttemptAt = null;
        lease = null;
    }

    /** Whether this sender's lease holds it still: taken by it and neither delivered nor failed since. */
    public boolean isHeldBy(String lease) {
        return state == MailState.SENDING && lease.equals(this.lease);
    }

    /** An attempt failed: it is tried again after a growing pause ({@link RetryPauses}), or given up. */
    public void failed(Instant at, String error) {
        attempts++;
        lastAttemptAt = at;
        smtpReply = shortened(error);
        lease = null;
        nextAttemptAt = RetryPauses.after(attempts).map(at::plus).orElse(null);
        state = nextAttemptAt == null ? MailState.FAILED : MailState.RETRYING;
    }

    private static String shortened(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 1000 ? oneLine : oneLine.substring(0, 999) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getClaimKey() {
        return claimKey;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipientId() {
        return recipientId;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getAboutId() {
        return aboutId;
    }

    public String getAboutName() {
        return aboutName;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getSmtpReply() {
        return smtpReply;
    }
}
