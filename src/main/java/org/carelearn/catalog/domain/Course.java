package org.carelearn.catalog.domain;

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
import org.carelearn.platform.BusinessRuleException;

/**
 * A course of the catalog, known by the IRI its cmi5.xml gives it. Importing the same course again adds a
 * version; the course keeps the title and number of the latest, and never changes or loses the earlier
 * ones, because learners in progress stay on the version they started. A new course is not offered to
 * learners until an admin says so (a package may be imported to be checked or assigned first).
 */
@Entity
@Table(name = "COURSE")
@NamedQuery(name = "Course.findAll", query = "SELECT c FROM Course c ORDER BY c.title, c.iri")
@NamedQuery(name = "Course.findByIri", query = "SELECT c FROM Course c WHERE c.iri = :iri")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COURSE_SEQ")
    @SequenceGenerator(name = "COURSE_SEQ", sequenceName = "COURSE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "IRI", nullable = false, updatable = false, length = 1000)
    private String iri;

    @Column(name = "TITLE", nullable = false, length = 1000)
    private String title;

    @Column(name = "LATEST_NUMBER", nullable = false)
    private int latestNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "AVAILABILITY", nullable = false, length = 16)
    private CourseAvailability availability;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Course() {
        // for JPA
    }

    public Course(String iri) {
        this.iri = Objects.requireNonNull(iri, "iri");
        this.title = "";
        this.availability = CourseAvailability.NOT_OFFERED;
    }

    /** Into the learners' catalog: staff may enrol themselves. */
    public void offer() {
        change(CourseAvailability.OFFERED, "is already offered in the catalog");
    }

    /** Out of the learners' catalog; people may still be enrolled by others. */
    public void stopOffering() {
        if (availability == CourseAvailability.RETIRED) {
            throw new BusinessRuleException(title + " is retired; return it to the catalog instead");
        }
        change(CourseAvailability.NOT_OFFERED, "is not offered in the catalog");
    }

    /** Nobody new may enrol; those enrolled keep the course and every record of it. */
    public void retire() {
        change(CourseAvailability.RETIRED, "is already retired");
    }

    /** Back from retirement, not offered until an admin offers it again. */
    public void returnFromRetirement() {
        if (availability != CourseAvailability.RETIRED) {
            throw new BusinessRuleException(title + " is not retired");
        }
        availability = CourseAvailability.NOT_OFFERED;
    }

    private void change(CourseAvailability target, String already) {
        if (availability == target) {
            throw new BusinessRuleException(title + " " + already);
        }
        availability = target;
    }

    /** Whether staff may choose this course themselves. */
    public boolean isOffered() {
        return availability == CourseAvailability.OFFERED;
    }

    public boolean isRetired() {
        return availability == CourseAvailability.RETIRED;
    }

    public CourseAvailability getAvailability() {
        return availability;
    }

    /** The next version of this course, numbered after the latest; it becomes the latest. */
    public CourseVersion addVersion(CourseStructure structure, String structureXml, PackageKind kind,
            String fileName, String packageSha256, long packageSize, Instant importedAt, String importedBy) {
        if (!structure.id().equals(iri)) {
            throw new IllegalArgumentException("The structure is of course " + structure.id() + ", not " + iri);
        }
        latestNumber++;
        title = structure.title();
        return new CourseVersion(this, latestNumber, structure, structureXml, kind, fileName, packageSha256,
                packageSize, importedAt, importedBy);
    }

    public Long getId() {
        return id;
    }

    public String getIri() {
        return iri;
    }

    public String getTitle() {
        return title;
    }

    public int getLatestNumber() {
        return latestNumber;
    }
}
