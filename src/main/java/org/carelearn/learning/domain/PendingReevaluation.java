package org.carelearn.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An enrolment due to be re-evaluated because an AU's session stored statements that may change what is satisfied.
 * Written in the transaction that stored them and removed by the re-evaluation that follows its commit, so that the
 * reaction survives a crash in between (the session sweep finds what is left).
 */
@Entity
@Table(name = "LEARNING_REEVALUATION")
@NamedQuery(name = "PendingReevaluation.dueSince",
        query = "SELECT p FROM PendingReevaluation p WHERE p.dueSince < :before ORDER BY p.dueSince")
public class PendingReevaluation {

    @Id
    @Column(name = "ENROLMENT_ID")
    private long enrolmentId;

    @Column(name = "SESSION_ID", nullable = false, length = 36)
    private String sessionId;

    @Column(name = "DUE_SINCE", nullable = false)
    private Instant dueSince;

    protected PendingReevaluation() {
        // for JPA
    }

    public PendingReevaluation(long enrolmentId, String sessionId, Instant at) {
        this.enrolmentId = enrolmentId;
        this.sessionId = sessionId;
        this.dueSince = at;
    }

    /** Another batch asks for it before it ran: the newest session is the one the satisfied statements name. */
    public void askedAgainBy(String sessionId) {
        this.sessionId = sessionId;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public Instant getDueSince() {
        return dueSince;
    }
}
