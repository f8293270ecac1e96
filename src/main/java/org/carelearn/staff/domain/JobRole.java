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
 * A job role (oncology nurse, chaplain, patient relations liaison, ...). Training is assigned and
 * competencies are expected by job role, so like a department it keeps its code and is deactivated,
 * never deleted.
 */
@Entity
@Table(name = "JOB_ROLE")
@NamedQuery(name = "JobRole.findAll", query = "SELECT r FROM JobRole r ORDER BY r.title")
@NamedQuery(name = "JobRole.findByCode", query = "SELECT r FROM JobRole r WHERE r.code = :code")
public class JobRole {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "JOB_ROLE_SEQ")
    @SequenceGenerator(name = "JOB_ROLE_SEQ", sequenceName = "JOB_ROLE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CODE", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "TITLE", nullable = false, length = 120)
    private String title;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected JobRole() {
        // for JPA
    }

    public JobRole(String code, String title) {
        this.code = Codes.normalize("Job role code", code);
        retitle(title);
        this.active = true;
    }

    public void retitle(String newTitle) {
        this.title = Texts.required("Job role title", newTitle, 120);
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

    public String getTitle() {
        return title;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " " + title;
    }
}
