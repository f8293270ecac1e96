package org.carelearn.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;
import org.eclipse.persistence.indirection.ValueHolder;
import org.eclipse.persistence.indirection.ValueHolderInterface;

/**
 * A person who works at the hospital. The employee id is the HR system's key and never changes; every
 * other detail follows the HR feed or an admin's edit. A staff member leaves by deactivation, never by
 * deletion: their training record, competencies and case history must outlive their employment.
 */
@Entity
@Table(name = "STAFF_MEMBER")
@NamedQuery(name = "StaffMember.findByEmployeeId",
        query = "SELECT s FROM StaffMember s WHERE s.employeeId = :employeeId")
@NamedQuery(name = "StaffMember.findByEmail", query = "SELECT s FROM StaffMember s WHERE s.email = :email")
@NamedQuery(name = "StaffMember.findAll", query = "SELECT s FROM StaffMember s")
@NamedQuery(name = "StaffMember.findDirectReports",
        query = "SELECT s FROM StaffMember s WHERE s.manager = :manager AND s.active = TRUE"
                + " ORDER BY s.name.familyName, s.name.givenName")
@NamedQuery(name = "StaffMember.countActive", query = "SELECT COUNT(s) FROM StaffMember s WHERE s.active = TRUE")
@NamedQuery(name = "StaffMember.countActiveByDepartment",
        query = "SELECT s.department.name, COUNT(s) FROM StaffMember s WHERE s.active = TRUE"
                + " GROUP BY s.department.name ORDER BY s.department.name")
public class StaffMember {

    private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "STAFF_MEMBER_SEQ")
    @SequenceGenerator(name = "STAFF_MEMBER_SEQ", sequenceName = "STAFF_MEMBER_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Embedded
    private PersonName name;

    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DEPARTMENT_ID", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "JOB_ROLE_ID", nullable = false)
    private JobRole jobRole;

    /**
     * Read when first asked for. Without weaving (persistence.xml) EclipseLink reads a plain LAZY to-one at once,
     * so reading one person read every manager above them, each with their department and job role: some 20
     * queries for one person (CompetencyBench, README "Benchmarks"). A value holder is EclipseLink's own lazy
     * reference, which needs no weaving (infrastructure.StaffMemberDescriptor turns it on).
     */
    @ManyToOne(fetch = FetchType.LAZY, targetEntity = StaffMember.class)
    @JoinColumn(name = "MANAGER_ID")
    private ValueHolderInterface<StaffMember> manager = new ValueHolder<>();

    @Column(name = "HIRE_DATE", nullable = false)
    private LocalDate hireDate;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String employeeId, StaffDetails details, Instant now) {
        this.employeeId = normalizeEmployeeId(employeeId);
        this.active = true;
        this.createdAt = Objects.requireNonNull(now, "now");
        apply(details, now);
    }

    /** Employee ids are compared upper case: the HR feed is not consistent about it. */
    public static String normalizeEmployeeId(String employeeId) {
        String value = employeeId == null ? "" : employeeId.strip().toUpperCase(Locale.ROOT);
        if (!EMPLOYEE_ID.matcher(value).matches()) {
            throw new BusinessRuleException("Employee id must be 1 to 32 letters, digits or '-' (was '"
                    + (employeeId == null ? "" : employeeId.strip()) + "')");
        }
        return value;
    }

    /**
     * Takes new details (an edit, or the HR feed's row). Inactive departments and job roles are refused
     * for a change, but a person already in one keeps it until someone moves them.
     *
     * @return whether anything changed
     */
    public boolean apply(StaffDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        if (!details.department().isActive() && !details.department().equals(department)) {
            throw new BusinessRuleException("Department " + details.department().getCode() + " is inactive");
        }
        if (!details.jobRole().isActive() && !details.jobRole().equals(jobRole)) {
            throw new BusinessRuleException("Job role " + details.jobRole().getCode() + " is inactive");
        }
        boolean changed = !details.name().equals(name) || !details.email().equals(email)
                || !details.department().equals(department) || !details.jobRole().equals(jobRole)
                || !details.hireDate().equals(hireDate);
        if (changed) {
            this.name = details.name();
            this.email = details.email();
            this.department = details.department();
            this.jobRole = details.jobRole();
            this.hireDate = details.hireDate();
            this.updatedAt = now;
        }
        return changed;
    }

    /**
     * Sets who this person reports to ({@code null}: nobody). A manager chain must end: nobody may
     * manage themselves, directly or through others, and an inactive person cannot take on an active report.
     *
     * @return whether the manager changed
     */
    public boolean reportTo(StaffMember newManager, Instant now) {
        if (Objects.equals(getManager(), newManager)) {
            return false;
        }
        if (newManager != null) {
            if (!newManager.isActive() && active) {
                throw new BusinessRuleException(newManager.getEmployeeId() + " is inactive and cannot be a manager");
            }
            Set<StaffMember> chain = new HashSet<>();
            for (StaffMember above = newManager; above != null; above = above.getManager()) {
                if (above == this || !chain.add(above)) {
                    throw new BusinessRuleException(employeeId + " cannot report to " + newManager.getEmployeeId()
                            + ": the manager chain would loop back to " + employeeId);
                }
            }
        }
        this.manager.setValue(newManager);
        this.updatedAt = now;
        return true;
    }

    public void deactivate(Instant now) {
        if (active) {
            this.active = false;
            this.updatedAt = now;
        }
    }

    public void reactivate(Instant now) {
        if (!active) {
            this.active = true;
            this.updatedAt = now;
        }
    }

    public StaffDetails details() {
        return new StaffDetails(name, email, department, jobRole, hireDate);
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public PersonName getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Department getDepartment() {
        return department;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public StaffMember getManager() {
        return manager.getValue();
    }

    /** Whether this person's manager (directly, not further up the line) is the one with this employee id. */
    public boolean reportsTo(String managerEmployeeId) {
        StaffMember above = getManager();
        return above != null && above.getEmployeeId().equals(managerEmployeeId);
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return employeeId + " " + name;
    }
}
