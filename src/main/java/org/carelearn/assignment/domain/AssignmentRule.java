package org.carelearn.assignment.domain;

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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;

/**
 * A standing rule: this course or curriculum is required of whoever the target reaches, due by the policy,
 * and again after each completion when it recertifies. It keeps applying to people who come into its scope
 * later; ending it ends what only it required.
 */
@Entity
@Table(name = "ASSIGNMENT_RULE")
@NamedQuery(name = "AssignmentRule.active",
        query = "SELECT r FROM AssignmentRule r WHERE r.endedAt IS NULL ORDER BY r.id")
@NamedQuery(name = "AssignmentRule.byIds", query = "SELECT r FROM AssignmentRule r WHERE r.id IN :ids")
@NamedQuery(name = "AssignmentRule.count", query = "SELECT COUNT(r) FROM AssignmentRule r")
public class AssignmentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ASSIGNMENT_RULE_SEQ")
    @SequenceGenerator(name = "ASSIGNMENT_RULE_SEQ", sequenceName = "ASSIGNMENT_RULE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    /** The one course assigned, or null when a curriculum is. */
    @Column(name = "COURSE_IRI", length = 1000)
    private String courseIri;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "CURRICULUM_ID")
    private Curriculum curriculum;

    @Embedded
    private Target target;

    @Embedded
    private DuePolicy due;

    @Embedded
    private Recertification recertification;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "ENDED_AT")
    private Instant endedAt;

    @Column(name = "ENDED_BY", length = 64)
    private String endedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected AssignmentRule() {
    }

    private AssignmentRule(String name, String courseIri, Curriculum curriculum, Target target, DuePolicy due,
            Recertification recertification, LocalDate today, Instant now, String by) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("Name the rule, so that people see why the training is required of them");
        }
        if (name.strip().length() > 200) {
            throw new BusinessRuleException("A rule's name is at most 200 characters");
        }
        if (target == null) {
            throw new BusinessRuleException("Choose whom the training is for: a person, a manager's team or line,"
                    + " a department or a job role");
        }
        this.due = Objects.requireNonNullElse(due, DuePolicy.none());
        this.due.requireNotPast(today);
        this.name = name.strip();
        this.courseIri = courseIri;
        this.curriculum = curriculum;
        this.target = target;
        this.recertification = recertification;
        this.createdAt = now;
        this.createdBy = by;
    }

    /**
     * A rule for one course; {@code knownCourses} are the courses that can be assigned (in the catalog and
     * not retired).
     */
    public static AssignmentRule forCourse(String name, String courseIri, Set<String> knownCourses, Target target,
            DuePolicy due, Recertification recertification, LocalDate today, Instant now, String by) {
        if (courseIri == null || courseIri.isBlank()) {
            throw new BusinessRuleException("Choose the course to assign");
        }
        if (!knownCourses.contains(courseIri.strip())) {
            throw new BusinessRuleException("There is no course " + courseIri.strip()
                    + " in the catalog that can be assigned");
        }
        return new AssignmentRule(name, courseIri.strip(), null, target, due, recertification, today, now, by);
    }

    /** A rule for a curriculum, every course of which must be one that can be assigned. */
    public static AssignmentRule forCurriculum(String name, Curriculum curriculum, Set<String> knownCourses,
            Target target, DuePolicy due, Recertification recertification, LocalDate today, Instant now, String by) {
        if (curriculum == null) {
            throw new BusinessRuleException("Choose the curriculum to assign");
        }
        for (String course : curriculum.getCourses()) {
            if (!knownCourses.contains(course)) {
                throw new BusinessRuleException("The curriculum \"" + curriculum.getName() + "\" lists " + course
                        + ", which is no course in the catalog that can be assigned");
            }
        }
        return new AssignmentRule(name, null, curriculum, target, due, recertification, today, now, by);
    }

    /** The courses the rule requires, in the curriculum's order. */
    public List<String> courses() {
        return curriculum == null ? List.of(courseIri) : curriculum.getCourses();
    }

    public boolean reaches(Person person) {
        return isActive() && target.reaches(person);
    }

    /** When the first round is due for a person the rule reaches on that day. */
    public LocalDate dueFor(Person person, LocalDate reachedOn) {
        return due.dueFor(person, reachedOn);
    }

    /** Whether the person may take this course of the rule yet (a curriculum's unlock order). */
    public boolean isUnlocked(String course, Set<String> completedCourses) {
        return curriculum == null || curriculum.isUnlocked(course, completedCourses);
    }

    /** Stops the rule: what only it required is required no more; the history stays. */
    public void end(Instant at, String by) {
        if (!isActive()) {
            throw new BusinessRuleException("The rule \"" + name + "\" has already ended");
        }
        endedAt = at;
        endedBy = by;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    /** "Annual refresher: job role ONC-RN, due 30 days after it is assigned, every 12 months, opening 60 days before". */
    public String describe() {
        return name + ": " + (curriculum == null ? courseIri : "curriculum \"" + curriculum.getName() + "\"") + " for "
                + target.describe() + ", " + due.describe()
                + (recertification == null ? "" : ", " + recertification.describe());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public Curriculum getCurriculum() {
        return curriculum;
    }

    public Target getTarget() {
        return target;
    }

    public DuePolicy getDue() {
        return due;
    }

    public Recertification getRecertification() {
        return recertification;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
