package org.carelearn.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Proof that a learner completed a course version. It keeps the name and title as they were when issued,
 * so a certificate reads the same after a name change or a new course version; anyone holding its code can
 * check it on the public verification page.
 */
@Entity
@Table(name = "CERTIFICATE")
@NamedQuery(name = "Certificate.findByCode", query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(name = "Certificate.findByEnrolment",
        query = "SELECT c FROM Certificate c WHERE c.enrolmentId = :enrolmentId")
@NamedQuery(name = "Certificate.findByLearners", query = "SELECT c FROM Certificate c"
        + " WHERE c.employeeId IN :employeeIds ORDER BY c.employeeId, c.completedAt")
@NamedQuery(name = "Certificate.findByLearner",
        query = "SELECT c FROM Certificate c WHERE c.employeeId = :employeeId ORDER BY c.completedAt DESC")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CERTIFICATE_SEQ")
    @SequenceGenerator(name = "CERTIFICATE_SEQ", sequenceName = "CERTIFICATE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CODE", nullable = false, updatable = false, length = 20)
    private String code;

    @Column(name = "ENROLMENT_ID", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "LEARNER_NAME", nullable = false, updatable = false, length = 200)
    private String learnerName;

    @Column(name = "COURSE_IRI", nullable = false, updatable = false, length = 1000)
    private String courseIri;

    @Column(name = "COURSE_TITLE", nullable = false, updatable = false, length = 500)
    private String courseTitle;

    @Column(name = "COURSE_VERSION", nullable = false, updatable = false)
    private int courseVersion;

    @Column(name = "COMPLETED_AT", nullable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Instant issuedAt;

    protected Certificate() {
    }

    public Certificate(String code, Enrolment enrolment, String learnerName, int courseVersion, Instant issuedAt) {
        if (!enrolment.isCompleted()) {
            throw new IllegalStateException("A certificate is issued for a completed enrolment only");
        }
        this.code = Objects.requireNonNull(code);
        this.enrolmentId = enrolment.getId();
        this.employeeId = enrolment.getEmployeeId();
        this.learnerName = Objects.requireNonNull(learnerName);
        this.courseIri = enrolment.getCourseIri();
        this.courseTitle = enrolment.getCourseTitle();
        this.courseVersion = courseVersion;
        this.completedAt = enrolment.getSatisfiedAt();
        this.issuedAt = issuedAt;
    }

    public String getCode() {
        return code;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
