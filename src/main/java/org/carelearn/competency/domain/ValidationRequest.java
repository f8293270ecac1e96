package org.carelearn.competency.domain;

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
import org.carelearn.platform.BusinessRuleException;

/**
 * A request that a person be validated in a competency by observation, made by the person or their manager, or by
 * CareLearn when the competency lapses and no course can renew it ({@link #renewal}); it waits in the worklists of
 * the competency's approved validators until one validates it, or it is withdrawn.
 */
@Entity
@Table(name = "COMPETENCY_VALIDATION_REQUEST")
@NamedQuery(name = "ValidationRequest.openFor", query = "SELECT r FROM ValidationRequest r"
        + " WHERE r.state = org.carelearn.competency.domain.ValidationRequestState.OPEN"
        + " AND r.competencyIdentifier IN :competencies ORDER BY r.requestedAt, r.id")
@NamedQuery(name = "ValidationRequest.ofPerson", query = "SELECT r FROM ValidationRequest r"
        + " WHERE r.employeeId = :employeeId ORDER BY r.requestedAt DESC, r.id DESC")
public class ValidationRequest {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COMPETENCY_VALIDATION_REQUEST_SEQ")
    @SequenceGenerator(name = "COMPETENCY_VALIDATION_REQUEST_SEQ", sequenceName = "COMPETENCY_SEQ",
            allocationSize = 50)
    private Long id;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "COMPETENCY_IDENTIFIER", nullable = false, updatable = false, length = 36)
    private String competencyIdentifier;

    @Column(name = "REQUESTED_AT", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "REQUESTED_BY", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "NOTE", updatable = false, length = MAX_NOTE)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private ValidationRequestState state;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "CLOSED_BY", length = 64)
    private String closedBy;

    @Column(name = "EVIDENCE_ID")
    private Long evidenceId;

    /**
     * What the validation is observed in, as an opaque IRI another context gave (a case record:
     * {@code {lms}/cases/{opaque id}}), carried into the statement's context; null for most.
     */
    @Column(name = "CONTEXT_IRI", updatable = false, length = 200)
    private String contextIri;

    /** For a renewal CareLearn requested: the day the competency lapses (or lapsed); null when a person asked. */
    @Column(name = "LAPSES_ON", updatable = false)
    private LocalDate lapsesOn;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ValidationRequest() {
    }

    /** The caller has checked the person, the competency, and that the requester may ask for them. */
    public ValidationRequest(String employeeId, String competencyIdentifier, String note, Instant at, String by) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw new BusinessRuleException("A note to the validator is at most " + MAX_NOTE + " characters");
        }
        this.employeeId = employeeId;
        this.competencyIdentifier = competencyIdentifier;
        this.note = text;
        this.requestedAt = at;
        this.requestedBy = by;
        this.state = ValidationRequestState.OPEN;
    }

    /**
     * A request raised from inside another context's record, which the validation's statement will carry as its
     * context.
     */
    public ValidationRequest(String employeeId, String competencyIdentifier, String note, Instant at, String by,
            String contextIri) {
        this(employeeId, competencyIdentifier, note, at, by);
        if (contextIri != null && (contextIri.length() > 200 || !contextIri.matches("https?://\\S+"))) {
            throw new BusinessRuleException("A validation's context is an IRI of at most 200 characters");
        }
        this.contextIri = contextIri;
    }

    public String getContextIri() {
        return contextIri;
    }

    /**
     * The request CareLearn makes when a competency the person's job requires lapses, or is about to, and no course
     * can renew it: an observed validation is the way left.
     *
     * @param by who asks: CareLearn itself (the system actor's name)
     */
    public static ValidationRequest renewal(String employeeId, String competencyIdentifier, LocalDate lapsesOn,
            String note, Instant at, String by) {
        ValidationRequest request = new ValidationRequest(employeeId, competencyIdentifier, note, at, by);
        request.lapsesOn = lapsesOn;
        return request;
    }

    /** The validation this request asked for was given: the request is closed with its evidence. */
    public void validated(long evidence, Instant at, String by) {
        requireOpen();
        this.state = ValidationRequestState.VALIDATED;
        this.evidenceId = evidence;
        this.closedAt = at;
        this.closedBy = by;
    }

    public void withdraw(Instant at, String by) {
        requireOpen();
        this.state = ValidationRequestState.WITHDRAWN;
        this.closedAt = at;
        this.closedBy = by;
    }

    private void requireOpen() {
        if (state != ValidationRequestState.OPEN) {
            throw new BusinessRuleException("This request is already " + state.getLabel().toLowerCase(
                    java.util.Locale.ROOT));
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getNote() {
        return note;
    }

    public ValidationRequestState getState() {
        return state;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public LocalDate getLapsesOn() {
        return lapsesOn;
    }

    /** Whether CareLearn asked for it to renew a lapsing competency. */
    public boolean isRenewal() {
        return lapsesOn != null;
    }
}
