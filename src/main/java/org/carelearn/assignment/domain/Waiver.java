package org.carelearn.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.DateStyle;

/**
 * A manager's or an administrator's decision that one person need not take one required course for a while: a
 * reason, and an end date after which the course is required again. Until that day the requirement is
 * {@link RequirementState#WAIVED}, neither overdue nor to be taken, whichever rules ask for the course.
 *
 * <p>A waiver postpones; it never completes. It does not count as a completion, so it moves no recertification
 * clock, and where the course is cmi5 and waiving its lessons satisfied the person's enrolment
 * ({@link #getSatisfiedEnrolmentId()}), that enrolment's completion does not count either. Once the waiver has
 * ended (its end date passed, or someone ended it early), the requirement is open again and due no earlier than
 * {@link #GRACE_DAYS} days after the waiver's last day: nobody comes back from a waiver already overdue.
 * Ended and revoked waivers stay as history.
 */
@Entity
@Table(name = "ASSIGNMENT_WAIVER")
@NamedQuery(name = "Waiver.ofPeople", query = "SELECT w FROM Waiver w WHERE w.employeeId IN :employeeIds")
public class Waiver {

    /** The days a person has to take a course again after a waiver of it ends. */
    public static final int GRACE_DAYS = 30;

    /** The longest reason a waiver keeps. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ASSIGNMENT_WAIVER_SEQ")
    @SequenceGenerator(name = "ASSIGNMENT_WAIVER_SEQ", sequenceName = "ASSIGNMENT_WAIVER_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "COURSE_IRI", nullable = false, updatable = false, length = 1000)
    private String courseIri;

    @Column(name = "REASON", nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    /** The last day the waiver covers. */
    @Column(name = "ENDS_ON", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "GRANTED_AT", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "GRANTED_BY", nullable = false, updatable = false, length = 64)
    private String grantedBy;

    /** The enrolment that waiving the course's lessons satisfied, whose completion is therefore no completion. */
    @Column(name = "SATISFIED_ENROLMENT_ID")
    private Long satisfiedEnrolmentId;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    /** The day, in the hospital's calendar, it was ended early: its last day. */
    @Column(name = "REVOKED_ON")
    private LocalDate revokedOn;

    @Column(name = "REVOKED_BY", length = 64)
    private String revokedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Waiver() {
    }

    private Waiver(String employeeId, String courseIri, String reason, LocalDate endsOn, Instant grantedAt,
            String grantedBy) {
        this.employeeId = Objects.requireNonNull(employeeId);
        this.courseIri = courseIri.strip();
        this.reason = reason;
        this.endsOn = endsOn;
        this.grantedAt = Objects.requireNonNull(grantedAt);
        this.grantedBy = Objects.requireNonNull(grantedBy);
    }

    /**
     * Waives the requirement, which the caller has found open (or locked) today.
     *
     * @param endsOn the last day the waiver covers: today or later
     */
    public static Waiver grant(String employeeId, String courseIri, String reason, LocalDate endsOn, LocalDate today,
            Instant now, String by) {
        if (courseIri == null || courseIri.isBlank()) {
            throw new BusinessRuleException("Choose the course to waive");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give the reason for the waiver: it is kept with it and shown to the"
                    + " person's manager");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new BusinessRuleException("A waiver's reason is at most " + MAX_REASON + " characters, not "
                    + reason.strip().length());
        }
        if (endsOn == null) {
            throw new BusinessRuleException("Give the day the waiver ends: the course is required again after it");
        }
        if (endsOn.isBefore(today)) {
            throw new BusinessRuleException("The waiver's end date " + DateStyle.date(endsOn)
                    + " is already past; choose today or a later day");
        }
        return new Waiver(employeeId, courseIri, reason.strip(), endsOn, now, by);
    }

    /** Waiving the course's lessons in learning satisfied this enrolment: its completion is the waiver's. */
    public void satisfied(long enrolmentId) {
        this.satisfiedEnrolmentId = enrolmentId;
    }

    /** Ends the waiver early: the course is required again from tomorrow's point of view, due after the grace. */
    public void revoke(LocalDate today, Instant now, String by) {
        if (revokedAt != null) {
            throw new BusinessRuleException("This waiver was already ended on "
                    + DateStyle.date(revokedOn) + " by " + revokedBy);
        }
        if (today.isAfter(endsOn)) {
            throw new BusinessRuleException("This waiver already ended on "
                    + DateStyle.date(endsOn));
        }
        revokedAt = Objects.requireNonNull(now);
        revokedOn = today;
        revokedBy = Objects.requireNonNull(by);
    }

    /** Whether it waives the requirement on that day: not ended early, and that day is no later than its end. */
    public boolean isActiveOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(endsOn);
    }

    /** The last day it covered or covers: its end date, or the day it was ended early. */
    public LocalDate lastDay() {
        return revokedOn != null ? revokedOn : endsOn;
    }

    /** The earliest a requirement it waived may be due once it has ended. */
    public LocalDate dueNoEarlierThan() {
        return lastDay().plusDays(GRACE_DAYS);
    }

    /** What a requirement carries of its active waiver. */
    public WaiverNote note() {
        return new WaiverNote(id, reason, endsOn, grantedBy, grantedAt);
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Long getSatisfiedEnrolmentId() {
        return satisfiedEnrolmentId;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
