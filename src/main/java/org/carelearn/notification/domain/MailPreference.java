package org.carelearn.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's choice about reminders before a course is due. Overdue notices, escalations and digests do not
 * depend on it: they are how the hospital keeps mandatory training from being missed unnoticed.
 */
@Entity
@Table(name = "MAIL_PREFERENCE")
public class MailPreference {

    @Id
    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "REMINDERS_OFF", nullable = false)
    private boolean remindersOff;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected MailPreference() {
    }

    public MailPreference(String employeeId, boolean remindersOff, Instant at) {
        this.employeeId = Objects.requireNonNull(employeeId);
        this.remindersOff = remindersOff;
        this.changedAt = Objects.requireNonNull(at);
    }

    public void choose(boolean off, Instant at) {
        if (off != remindersOff) {
            remindersOff = off;
            changedAt = at;
        }
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public boolean isRemindersOff() {
        return remindersOff;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
