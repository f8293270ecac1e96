package org.carelearn.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A department of the hospital (Infusion Center, Chaplaincy, ...). Its code is what the HR feed uses and
 * never changes once staff belong to it; the name may be corrected. A department is deactivated, never
 * deleted, because its history (training, cases) stays with it.
 */
@Entity
@Table(name = "DEPARTMENT")
@NamedQuery(name = "Department.findAll", query = "SELECT d FROM Department d ORDER BY d.name")
@NamedQuery(name = "Department.findByCode", query = "SELECT d FROM Department d WHERE d.code = :code")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DEPARTMENT_SEQ")
    @SequenceGenerator(name = "DEPARTMENT_SEQ", sequenceName = "DEPARTMENT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CODE", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Department() {
        // for JPA
    }

    public Department(String code, String name) {
        this.code = Codes.normalize("Department code", code);
        rename(name);
        this.active = true;
    }

    public void rename(String newName) {
        this.name = Texts.required("Department name", newName, 120);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
