package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A grievance given to an owner who did not hold what every grievance's owner needs, by a manager, with the
 * reason. Kept on the case and shown on it.
 */
@Embeddable
public class OwnerOverride {

    @Column(name = "OWNER_EMPLOYEE_ID", nullable = false, length = 32)
    private String ownerEmployeeId;

    /** The competencies the owner did not hold, by title, as they were then. */
    @Column(name = "NOT_HELD", nullable = false, length = 500)
    private String notHeld;

    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;

    @Column(name = "OVERRIDDEN_AT", nullable = false)
    private Instant at;

    @Column(name = "OVERRIDDEN_BY", nullable = false, length = 64)
    private String by;

    protected OwnerOverride() {
    }

    OwnerOverride(String ownerEmployeeId, String notHeld, String reason, Instant at, String by) {
        this.ownerEmployeeId = ownerEmployeeId;
        this.notHeld = notHeld.length() > 500 ? notHeld.substring(0, 500) : notHeld;
        this.reason = reason;
        this.at = at;
        this.by = by;
    }

    public String getOwnerEmployeeId() {
        return ownerEmployeeId;
    }

    public String getNotHeld() {
        return notHeld;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
