package org.carelearn.competency.domain;

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
import org.carelearn.platform.BusinessRuleException;

/**
 * An administrator's approval of a person to validate one competency by observation, as stored: the
 * {@link ValidatorApproval} it holds, who approved it when, and when it was ended (kept as history).
 */
@Entity
@Table(name = "COMPETENCY_VALIDATOR")
@NamedQuery(name = "Validator.active", query = "SELECT v FROM Validator v WHERE v.endedAt IS NULL"
        + " ORDER BY v.competencyIdentifier, v.validatorId")
@NamedQuery(name = "Validator.activeOf", query = "SELECT v FROM Validator v WHERE v.endedAt IS NULL"
        + " AND v.validatorId = :validatorId")
public class Validator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COMPETENCY_VALIDATOR_SEQ")
    @SequenceGenerator(name = "COMPETENCY_VALIDATOR_SEQ", sequenceName = "COMPETENCY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "VALIDATOR_ID", nullable = false, updatable = false, length = 32)
    private String validatorId;

    @Column(name = "COMPETENCY_IDENTIFIER", nullable = false, updatable = false, length = 36)
    private String competencyIdentifier;

    @Column(name = "MAY_VALIDATE_OWN_MANAGER", nullable = false, updatable = false)
    private boolean mayValidateOwnManager;

    @Column(name = "APPROVED_AT", nullable = false, updatable = false)
    private Instant approvedAt;

    @Column(name = "APPROVED_BY", nullable = false, updatable = false, length = 64)
    private String approvedBy;

    @Column(name = "ENDED_AT")
    private Instant endedAt;

    @Column(name = "ENDED_BY", length = 64)
    private String endedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Validator() {
    }

    /** The caller has checked that the person and the competency exist and no active approval covers them. */
    public Validator(ValidatorApproval approval, Instant at, String by) {
        this.validatorId = approval.validatorId();
        this.competencyIdentifier = approval.competencyKey();
        this.mayValidateOwnManager = approval.mayValidateOwnManager();
        this.approvedAt = at;
        this.approvedBy = by;
    }

    public void end(Instant at, String by) {
        if (endedAt != null) {
            throw new BusinessRuleException("This approval of " + validatorId + " was already ended");
        }
        this.endedAt = at;
        this.endedBy = by;
    }

    public ValidatorApproval approval() {
        return new ValidatorApproval(validatorId, competencyIdentifier, mayValidateOwnManager);
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getValidatorId() {
        return validatorId;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public boolean isMayValidateOwnManager() {
        return mayValidateOwnManager;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
