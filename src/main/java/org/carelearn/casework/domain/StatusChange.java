package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step of a case's history: the status it moved to, when, by whom and, where it matters, why. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private CaseStatus status;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant at;

    @Column(name = "CHANGED_BY", nullable = false, length = 64)
    private String by;

    @Column(name = "NOTE", length = 500)
    private String note;

    protected StatusChange() {
    }

    StatusChange(CaseStatus status, Instant at, String by, String note) {
        this.status = status;
        this.at = at;
        this.by = by;
        this.note = note;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getNote() {
        return note;
    }
}
