package org.carelearn.casework.domain;

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
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;

/**
 * A competency gap a case review found in a person the case names: which competency, what would close it (a
 * course, or an observed validation), and why. It waits for the approval of a manager of that person; approved,
 * it becomes a requirement in the context that owns it, and keeps that requirement's id so that the case can show
 * its progress.
 */
@Entity
@Table(name = "CASE_COMPETENCY_GAP")
@NamedQuery(name = "CaseGap.ofCase", query = "SELECT g FROM CaseGap g WHERE g.caseId = :caseId ORDER BY g.id")
public class CaseGap {

    public static final int MAX_NOTE = 1000;

    /** What closes a gap. */
    public enum Remedy {
        /** A course, required through assignment. */
        COURSE("Course"),
        /** An observed validation, requested through competency. */
        VALIDATION("Observed validation");

        private final String label;

        Remedy(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CASE_COMPETENCY_GAP_SEQ")
    @SequenceGenerator(name = "CASE_COMPETENCY_GAP_SEQ", sequenceName = "CASE_COMPETENCY_GAP_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "COMPETENCY_IDENTIFIER", nullable = false, updatable = false, length = 36)
    private String competencyIdentifier;

    @Enumerated(EnumType.STRING)
    @Column(name = "REMEDY", nullable = false, updatable = false, length = 16)
    private Remedy remedy;

    @Column(name = "COURSE_IRI", updatable = false, length = 500)
    private String courseIri;

    @Column(name = "NOTE", nullable = false, updatable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, updatable = false, length = 32)
    private String recordedBy;

    @Column(name = "APPROVED_AT")
    private Instant approvedAt;

    @Column(name = "APPROVED_BY", length = 32)
    private String approvedBy;

    @Column(name = "REQUIREMENT_ID")
    private Long requirementId;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CaseGap() {
    }

    /**
     * A gap found in a review of the case, for a person the case names.
     *
     * @param courseIri the course that closes it, for {@link Remedy#COURSE}; null for a validation
     * @param recordedBy the reviewer's employee id
     */
    public static CaseGap record(CaseRecord caseRecord, String employeeId, String competencyIdentifier,
            Remedy remedy, String courseIri, String note, Instant at, String recordedBy) {
        if (caseRecord.getStatus() == CaseStatus.CLOSED) {
            throw new BusinessRuleException("The case is closed; reopen it to record a competency gap");
        }
        if (employeeId == null || !caseRecord.names(employeeId)) {
            throw new BusinessRuleException("Choose a member of staff the case names");
        }
        if (competencyIdentifier == null || competencyIdentifier.isBlank()) {
            throw new BusinessRuleException("Choose the competency the gap is in");
        }
        if (remedy == null) {
            throw new BusinessRuleException("Choose what closes the gap: a course or an observed validation");
        }
        if (remedy == Remedy.COURSE && (courseIri == null || courseIri.isBlank())) {
            throw new BusinessRuleException("Choose the course that closes the gap");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new BusinessRuleException("Say what the review found, in 1 to " + MAX_NOTE + " characters");
        }
        CaseGap gap = new CaseGap();
        gap.caseId = Objects.requireNonNull(caseRecord.getId());
        gap.employeeId = employeeId;
        gap.competencyIdentifier = competencyIdentifier.strip();
        gap.remedy = remedy;
        gap.courseIri = remedy == Remedy.COURSE ? courseIri.strip() : null;
        gap.note = text;
        gap.recordedAt = Objects.requireNonNull(at);
        gap.recordedBy = Objects.requireNonNull(recordedBy);
        return gap;
    }

    /**
     * Approves the gap: the caller has made it a requirement.
     *
     * @param requirementId the assignment rule's or the validation request's id
     */
    public void approve(long requirementId, Instant at, String by) {
        if (isApproved()) {
            throw new BusinessRuleException("The gap is approved already");
        }
        this.requirementId = requirementId;
        this.approvedAt = Objects.requireNonNull(at);
        this.approvedBy = Objects.requireNonNull(by);
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public Remedy getRemedy() {
        return remedy;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Long getRequirementId() {
        return requirementId;
    }
}
