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
import java.util.Objects;

/**
 * The level a job role needs of a competency, within one department or (department null) in every department,
 * and how many months a showing stays current. Where both exist, the department's own requirement is the one that
 * applies to the people of that department ({@link RequiredLevels}).
 */
@Entity
@Table(name = "COMPETENCY_REQUIREMENT")
@NamedQuery(name = "CompetencyRequirement.all", query = "SELECT r FROM CompetencyRequirement r"
        + " ORDER BY r.jobRoleCode, r.departmentCode, r.competencyIdentifier")
@NamedQuery(name = "CompetencyRequirement.ofJobRole", query = "SELECT r FROM CompetencyRequirement r"
        + " WHERE r.jobRoleCode = :jobRoleCode")
public class CompetencyRequirement {

    /** How long a showing stays current when the requirement does not say (issue 9: "for example 24 months"). */
    public static final int DEFAULT_MONTHS_CURRENT = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COMPETENCY_REQUIREMENT_SEQ")
    @SequenceGenerator(name = "COMPETENCY_REQUIREMENT_SEQ", sequenceName = "COMPETENCY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "JOB_ROLE_CODE", nullable = false, updatable = false, length = 32)
    private String jobRoleCode;

    @Column(name = "DEPARTMENT_CODE", updatable = false, length = 32)
    private String departmentCode;

    @Column(name = "COMPETENCY_IDENTIFIER", nullable = false, updatable = false, length = 36)
    private String competencyIdentifier;

    @Column(name = "LEVEL_NEEDED", nullable = false)
    private int levelNeeded;

    @Column(name = "MONTHS_CURRENT", nullable = false)
    private int monthsCurrent;

    @Column(name = "SET_AT", nullable = false)
    private Instant setAt;

    @Column(name = "SET_BY", nullable = false, length = 64)
    private String setBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CompetencyRequirement() {
    }

    /** The caller has checked the job role, department and competency exist and the level is on the scale. */
    public CompetencyRequirement(String jobRoleCode, String departmentCode, String competencyIdentifier,
            CompetencyNeed need, Instant at, String by) {
        this.jobRoleCode = Objects.requireNonNull(jobRoleCode);
        this.departmentCode = departmentCode;
        this.competencyIdentifier = Objects.requireNonNull(competencyIdentifier);
        change(need, at, by);
    }

    public void change(CompetencyNeed need, Instant at, String by) {
        this.levelNeeded = need.level();
        this.monthsCurrent = need.monthsCurrent();
        this.setAt = at;
        this.setBy = by;
    }

    /** Whether it is the requirement of that job role, department and competency (department null: everywhere). */
    public boolean isFor(String jobRole, String department, String competency) {
        return jobRoleCode.equals(jobRole) && Objects.equals(departmentCode, department)
                && competencyIdentifier.equals(competency);
    }

    public CompetencyNeed need() {
        return new CompetencyNeed(levelNeeded, monthsCurrent);
    }

    public Long getId() {
        return id;
    }

    public String getJobRoleCode() {
        return jobRoleCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public int getLevelNeeded() {
        return levelNeeded;
    }

    public int getMonthsCurrent() {
        return monthsCurrent;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public String getSetBy() {
        return setBy;
    }
}
