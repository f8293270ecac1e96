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

/**
 * One rule's hold on one person for one course: it reached them on a day and set the first due date. When the
 * person leaves the rule's scope (or the rule ends) the assignment ends but stays, so the history of who was
 * required to take what, and why, is kept.
 */
@Entity
@Table(name = "ASSIGNMENT")
@NamedQuery(name = "Assignment.activeOf", query = "SELECT a FROM Assignment a WHERE a.employeeId = :employeeId"
        + " AND a.endedAt IS NULL ORDER BY a.id")
@NamedQuery(name = "Assignment.activeOfAll", query = "SELECT a FROM Assignment a WHERE a.employeeId IN :employeeIds"
        + " AND a.endedAt IS NULL ORDER BY a.id")
@NamedQuery(name = "Assignment.allOf", query = "SELECT a FROM Assignment a WHERE a.employeeId = :employeeId"
        + " ORDER BY a.id")
@NamedQuery(name = "Assignment.activeOfRule", query = "SELECT a FROM Assignment a WHERE a.ruleId = :ruleId"
        + " AND a.endedAt IS NULL")
@NamedQuery(name = "Assignment.peopleReachedByRule", query = "SELECT a.ruleId, COUNT(DISTINCT a.employeeId)"
        + " FROM Assignment a WHERE a.endedAt IS NULL GROUP BY a.ruleId")
@NamedQuery(name = "Assignment.peopleWithActive", query = "SELECT DISTINCT a.employeeId FROM Assignment a"
        + " WHERE a.endedAt IS NULL")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ASSIGNMENT_SEQ")
    @SequenceGenerator(name = "ASSIGNMENT_SEQ", sequenceName = "ASSIGNMENT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "RULE_ID", nullable = false, updatable = false)
    private long ruleId;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "COURSE_IRI", nullable = false, updatable = false, length = 1000)
    private String courseIri;

    @Column(name = "REACHED_ON", nullable = false, updatable = false)
    private LocalDate reachedOn;

    @Column(name = "DUE_ON")
    private LocalDate dueOn;

    @Column(name = "ENDED_AT")
    private Instant endedAt;

    @Column(name = "END_REASON", length = 200)
    private String endReason;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Assignment() {
    }

    public Assignment(long ruleId, String employeeId, String courseIri, LocalDate reachedOn, LocalDate dueOn) {
        this.ruleId = ruleId;
        this.employeeId = Objects.requireNonNull(employeeId);
        this.courseIri = Objects.requireNonNull(courseIri);
        this.reachedOn = Objects.requireNonNull(reachedOn);
        this.dueOn = dueOn;
    }

    /** The person left the rule's scope, or the rule ended: no longer required by this rule. */
    public void end(Instant at, String reason) {
        if (endedAt != null) {
            throw new BusinessRuleException("This assignment has already ended");
        }
        endedAt = Objects.requireNonNull(at);
        endReason = reason;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getRuleId() {
        return ruleId;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
