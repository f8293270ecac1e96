package org.carelearn.learning.domain;

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
import java.util.UUID;

/**
 * One learner in one version of a course: a cmi5 registration. The version is fixed at enrolment, so a
 * course imported again does not move people who are part way through. Status and progress are what
 * {@link CourseProgress} derived from the registration's statements last time they changed. Whether the
 * course is required of the learner, and by when, is not the enrolment's business: the assignment context
 * decides that and enrols people through {@code Enrolments}.
 */
@Entity
@Table(name = "ENROLMENT")
@NamedQuery(name = "Enrolment.findByLearner",
        query = "SELECT e FROM Enrolment e WHERE e.employeeId = :employeeId ORDER BY e.enrolledAt DESC")
@NamedQuery(name = "Enrolment.findById", query = "SELECT e FROM Enrolment e WHERE e.id = :id")
@NamedQuery(name = "Enrolment.findByLearners", query = "SELECT e FROM Enrolment e WHERE e.employeeId IN :employeeIds")
@NamedQuery(name = "Enrolment.findByRegistration",
        query = "SELECT e FROM Enrolment e WHERE e.registration = :registration")
@NamedQuery(name = "Enrolment.findOpen", query = "SELECT e FROM Enrolment e WHERE e.employeeId = :employeeId"
        + " AND e.courseIri = :courseIri AND e.status <> org.carelearn.learning.domain.EnrolmentStatus.COMPLETED")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ENROLMENT_SEQ")
    @SequenceGenerator(name = "ENROLMENT_SEQ", sequenceName = "ENROLMENT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "EMPLOYEE_ID", nullable = false, updatable = false, length = 32)
    private String employeeId;

    @Column(name = "COURSE_IRI", nullable = false, updatable = false, length = 1000)
    private String courseIri;

    @Column(name = "COURSE_VERSION_ID", nullable = false, updatable = false)
    private long courseVersionId;

    @Column(name = "COURSE_TITLE", nullable = false, length = 500)
    private String courseTitle;

    @Column(name = "REGISTRATION", nullable = false, updatable = false, length = 36)
    private String registration;

    @Column(name = "ENROLLED_AT", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "ENROLLED_BY", nullable = false, updatable = false, length = 64)
    private String enrolledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "PROGRESS", nullable = false)
    private int progress;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "LAST_ACTIVITY_AT")
    private Instant lastActivityAt;

    @Column(name = "SATISFIED_AT")
    private Instant satisfiedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Enrolment() {
    }

    public Enrolment(String employeeId, String courseIri, long courseVersionId, String courseTitle,
            Instant enrolledAt, String enrolledBy) {
        this.employeeId = Objects.requireNonNull(employeeId);
        this.courseIri = Objects.requireNonNull(courseIri);
        this.courseVersionId = courseVersionId;
        this.courseTitle = Objects.requireNonNull(courseTitle);
        this.registration = UUID.randomUUID().toString();
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
        this.status = EnrolmentStatus.NOT_STARTED;
    }

    /** A launch happened: the enrolment is under way (unless already completed). */
    public void launched(Instant at) {
        if (startedAt == null) {
            startedAt = at;
        }
        lastActivityAt = at;
        if (status == EnrolmentStatus.NOT_STARTED) {
            status = EnrolmentStatus.IN_PROGRESS;
        }
    }

    /**
     * Takes what the statements now say. Completion is never taken back: a satisfied course stays
     * satisfied (its satisfied statement is in the LRS).
     *
     * @return whether this made the enrolment completed
     */
    public boolean progressed(CourseProgress derived, Instant at) {
        lastActivityAt = at;
        progress = derived.percent();
        if (derived.satisfied() && status != EnrolmentStatus.COMPLETED) {
            status = EnrolmentStatus.COMPLETED;
            satisfiedAt = at;
            return true;
        }
        if (!derived.satisfied() && status == EnrolmentStatus.NOT_STARTED && derived.percent() > 0) {
            status = EnrolmentStatus.IN_PROGRESS;
        }
        return false;
    }

    /** Whether the learner enrolled themselves (chose the course), rather than someone or a rule for them. */
    public boolean isChosenBy(String username) {
        return enrolledBy.equals(username);
    }

    public boolean isCompleted() {
        return status == EnrolmentStatus.COMPLETED;
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getRegistration() {
        return registration;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getSatisfiedAt() {
        return satisfiedAt;
    }
}
