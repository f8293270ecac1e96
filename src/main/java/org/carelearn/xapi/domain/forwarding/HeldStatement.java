package org.carelearn.xapi.domain.forwarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A statement the external LRS refused for good, held back so that forwarding goes on with the ones after it.
 * It waits here for an admin, who sends it again (once the cause is fixed on the other side) or releases it:
 * it stays in CareLearn's LRS either way, only its forwarding is given up.
 */
@Entity
@Table(name = "XAPI_FORWARDING_HELD")
@NamedQueries({
    @NamedQuery(name = "HeldStatement.oldestFirst", query = "SELECT h FROM HeldStatement h ORDER BY h.position"),
    @NamedQuery(name = "HeldStatement.count", query = "SELECT COUNT(h) FROM HeldStatement h"),
    @NamedQuery(name = "HeldStatement.byStatementId",
            query = "SELECT h FROM HeldStatement h WHERE h.statementId = :statementId")
})
public class HeldStatement {

    @Id
    @Column(name = "POSITION")
    private long position;

    @Column(name = "STATEMENT_ID", nullable = false, length = 36)
    private String statementId;

    @Column(name = "HTTP_STATUS", nullable = false)
    private int httpStatus;

    @Column(name = "REASON", nullable = false, length = Forwarding.MAX_ERROR)
    private String reason;

    @Column(name = "HELD_AT", nullable = false)
    private Instant heldAt;

    @Column(name = "LAST_TRIED_AT", nullable = false)
    private Instant lastTriedAt;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    protected HeldStatement() {
        // for JPA
    }

    /** The statement at {@code position} was sent alone and refused for good. */
    public static HeldStatement refused(long position, String statementId, ExternalLrs.Refused refusal, Instant at) {
        HeldStatement held = new HeldStatement();
        held.position = position;
        held.statementId = statementId;
        held.heldAt = at;
        held.record(refusal, at);
        return held;
    }

    /** An admin sent it again and the other LRS refused it again: the newest reason is the one shown. */
    public void refusedAgain(ExternalLrs.Refused refusal, Instant at) {
        record(refusal, at);
    }

    private void record(ExternalLrs.Refused refusal, Instant at) {
        if (!refusal.isForGood()) {
            throw new IllegalArgumentException("Only a refusal for good holds a statement back: " + refusal.status());
        }
        this.httpStatus = refusal.status();
        this.reason = Forwarding.shortened(refusal.getMessage());
        this.lastTriedAt = at;
        this.attempts++;
    }

    public long getPosition() {
        return position;
    }

    public String getStatementId() {
        return statementId;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getReason() {
        return reason;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Instant getLastTriedAt() {
        return lastTriedAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
