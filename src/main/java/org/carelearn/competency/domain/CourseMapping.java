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
 * A course that shows a competency: completing it is evidence of the competency at this level, the most the
 * course can show on its own (a course teaches; an observed validation can show more).
 */
@Entity
@Table(name = "COMPETENCY_COURSE_MAPPING")
@NamedQuery(name = "CourseMapping.all", query = "SELECT m FROM CourseMapping m ORDER BY m.courseIri,"
        + " m.competencyIdentifier")
@NamedQuery(name = "CourseMapping.ofCourse", query = "SELECT m FROM CourseMapping m WHERE m.courseIri = :courseIri")
@NamedQuery(name = "CourseMapping.ofCompetency", query = "SELECT m FROM CourseMapping m"
        + " WHERE m.competencyIdentifier = :competency ORDER BY m.levelShown DESC, m.courseIri")
public class CourseMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COMPETENCY_COURSE_MAPPING_SEQ")
    @SequenceGenerator(name = "COMPETENCY_COURSE_MAPPING_SEQ", sequenceName = "COMPETENCY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "COURSE_IRI", nullable = false, updatable = false, length = 1000)
    private String courseIri;

    @Column(name = "COMPETENCY_IDENTIFIER", nullable = false, updatable = false, length = 36)
    private String competencyIdentifier;

    @Column(name = "LEVEL_SHOWN", nullable = false)
    private int levelShown;

    @Column(name = "SET_AT", nullable = false)
    private Instant setAt;

    @Column(name = "SET_BY", nullable = false, length = 64)
    private String setBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CourseMapping() {
    }

    /** The caller has checked that the course and competency exist and the level is on the scale. */
    public CourseMapping(String courseIri, String competencyIdentifier, int levelShown, Instant at, String by) {
        this.courseIri = Objects.requireNonNull(courseIri);
        this.competencyIdentifier = Objects.requireNonNull(competencyIdentifier);
        change(levelShown, at, by);
    }

    public void change(int level, Instant at, String by) {
        if (level < 1) {
            throw new org.carelearn.platform.BusinessRuleException("A course shows a competency at level 1 or above");
        }
        this.levelShown = level;
        this.setAt = at;
        this.setBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public int getLevelShown() {
        return levelShown;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public String getSetBy() {
        return setBy;
    }
}
