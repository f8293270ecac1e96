package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice a patient gets when a grievance's investigation runs past its due date: the hospital is still
 * working on it and will answer in writing by a new date (CMS State Operations Manual, Appendix A, tag A-0123).
 */
@Embeddable
public class FollowUpNotice {

    @Column(name = "SENT_ON", nullable = false)
    private LocalDate sentOn;

    @Column(name = "NEW_DUE_ON", nullable = false)
    private LocalDate newDueOn;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    protected FollowUpNotice() {
    }

    public FollowUpNotice(LocalDate sentOn, LocalDate newDueOn, Instant recordedAt, String recordedBy) {
        this.sentOn = sentOn;
        this.newDueOn = newDueOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
