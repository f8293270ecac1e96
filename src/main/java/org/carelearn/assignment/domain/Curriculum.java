package org.carelearn.assignment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;

/**
 * A named, ordered set of courses assigned together, such as "Patient relations core training for oncology
 * nurses". With an unlock order, each course is opened to the learner only once the one before it is complete.
 */
@Entity
@Table(name = "ASSIGNMENT_CURRICULUM")
@NamedQuery(name = "Curriculum.all", query = "SELECT c FROM Curriculum c ORDER BY c.name")
public class Curriculum {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ASSIGNMENT_CURRICULUM_SEQ")
    @SequenceGenerator(name = "ASSIGNMENT_CURRICULUM_SEQ", sequenceName = "ASSIGNMENT_CURRICULUM_SEQ",
            allocationSize = 50)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ASSIGNMENT_CURRICULUM_COURSE", joinColumns = @JoinColumn(name = "CURRICULUM_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "COURSE_IRI", nullable = false, length = 1000)
    private List<String> courses = new ArrayList<>();

    @Column(name = "UNLOCK_IN_ORDER", nullable = false)
    private boolean unlockInOrder;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Curriculum() {
    }

    public Curriculum(String name, List<String> courses, boolean unlockInOrder, Instant createdAt, String createdBy) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("Name the curriculum");
        }
        if (name.strip().length() > 200) {
            throw new BusinessRuleException("A curriculum's name is at most 200 characters");
        }
        if (courses == null || courses.isEmpty()) {
            throw new BusinessRuleException("A curriculum needs at least one course");
        }
        Set<String> seen = new HashSet<>();
        for (String course : courses) {
            if (!seen.add(course)) {
                throw new BusinessRuleException("The curriculum lists " + course + " twice");
            }
        }
        this.name = name.strip();
        this.courses = new ArrayList<>(courses);
        this.unlockInOrder = unlockInOrder;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Whether the learner may take this course of the curriculum yet: always without an unlock order, else
     * once every course before it is complete.
     */
    public boolean isUnlocked(String courseIri, Set<String> completedCourses) {
        if (!unlockInOrder) {
            return true;
        }
        for (String course : courses) {
            if (course.equals(courseIri)) {
                return true;
            }
            if (!completedCourses.contains(course)) {
                return false;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<String> getCourses() {
        return List.copyOf(courses);
    }

    public boolean isUnlockInOrder() {
        return unlockInOrder;
    }
}
