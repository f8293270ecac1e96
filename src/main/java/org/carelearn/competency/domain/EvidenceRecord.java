package org.carelearn.competency.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of evidence as stored: whose, for which competency, against which framework version, what kind at
 * what level, when and by whom, with the validator's per-indicator verdicts for an observed validation and the id
 * of the xAPI statement that records it in the LRS. Never changed or deleted; {@link EvidenceRules} checks it
 * before it is made.
 */
@Entity
@Table(name = "COMPETENCY_EVIDENCE")
@NamedQuery(name = "EvidenceRecord.ofPerson", query = "SELECT e FROM EvidenceRecord e"
        + " WHERE e.employeeId = :employeeId ORDER BY e.givenAt DESC, e.id DESC")
@NamedQuery(name = "EvidenceRecord.bySource", query = "SELECT e FROM EvidenceRecord e"
        + " WHERE e.employeeId = :employeeId AND e.competencyIdentifier = :competency AND e.sourceRef = :sourceRef"
        + " AND e.givenAt = :givenAt")
public class EvidenceRecord {

    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COMPETENCY_EVIDENCE_SEQ")
    @SequenceGenerator(name = "COMPETENCY_EVIDENCE_SEQ", sequenceName = "COMPETENCY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "COMPETENCY_IDENTIFIER", nullable = false, updatable = false, length = 36)
    private String competencyIdentifier;

    @Column(name = "FRAMEWORK_ID", nullable = false, updatable = false)
    private Long frameworkId;

    @Column(name = "FRAMEWORK_VERSION", nullable = false, updatable = false)
    private int frameworkVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 24)
    private EvidenceKind kind;

    @Column(name = "LEVEL_SHOWN", nullable = false, updatable = false)
    private int level;

    @Column(name = "GIVEN_ON", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "GIVEN_AT", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "GIVEN_BY", nullable = false, updatable = false, length = 64)
    private String givenBy;

    @Column(name = "COMMENT_TEXT", updatable = false, length = MAX_COMMENT)
    private String comment;

    @Column(name = "SOURCE_REF", updatable = false, length = 1000)
    private String sourceRef;

    @Column(name = "STATEMENT_ID", nullable = false, updatable = false, length = 36)
    private String statementId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COMPETENCY_EVIDENCE_INDICATOR", joinColumns = @JoinColumn(name = "EVIDENCE_ID"))
    private List<IndicatorResult> indicators = new ArrayList<>();

    protected EvidenceRecord() {
    }

    /** Made by {@link EvidenceRules#record}, which checks everything first. */
    EvidenceRecord(NewEvidence given, FrameworkVersion against, LocalDate givenOn, Instant givenAt,
            String statementId) {
        this.employeeId = given.employeeId();
        this.competencyIdentifier = given.competencyIdentifier();
        this.frameworkId = against.getFramework().getId();
        this.frameworkVersion = against.getNumber();
        this.kind = given.kind();
        this.level = given.level();
        this.givenOn = givenOn;
        this.givenAt = givenAt;
        this.givenBy = given.givenBy();
        this.comment = given.comment();
        this.sourceRef = given.sourceRef();
        this.statementId = statementId;
        this.indicators = new ArrayList<>(given.indicators());
    }

    /** The value {@link StandingRule} reads. */
    public Evidence evidence() {
        return new Evidence(kind, level, givenOn, givenBy, frameworkVersion);
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

    public Long getFrameworkId() {
        return frameworkId;
    }

    public int getFrameworkVersion() {
        return frameworkVersion;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public int getLevel() {
        return level;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public String getComment() {
        return comment;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getStatementId() {
        return statementId;
    }

    public List<IndicatorResult> getIndicators() {
        return List.copyOf(indicators);
    }
}
