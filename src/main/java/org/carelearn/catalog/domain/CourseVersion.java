package org.carelearn.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/**
 * One imported version of a course: its cmi5.xml exactly as imported, and what it said. Immutable: every
 * column is written once, so a learner's launch of version 3 always finds version 3 as it was.
 */
@Entity
@Table(name = "COURSE_VERSION")
@NamedQuery(name = "CourseVersion.findByCourse",
        query = "SELECT v FROM CourseVersion v WHERE v.course.iri = :iri ORDER BY v.number DESC")
@NamedQuery(name = "CourseVersion.findByNumber",
        query = "SELECT v FROM CourseVersion v WHERE v.course.iri = :iri AND v.number = :number")
@NamedQuery(name = "CourseVersion.findLatestOfAll", query = "SELECT v FROM CourseVersion v JOIN v.course c"
        + " WHERE v.number = c.latestNumber ORDER BY c.title, c.iri")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COURSE_VERSION_SEQ")
    @SequenceGenerator(name = "COURSE_VERSION_SEQ", sequenceName = "COURSE_VERSION_SEQ", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "COURSE_ID", nullable = false, updatable = false)
    private Course course;

    @Column(name = "VERSION_NUMBER", nullable = false, updatable = false)
    private int number;

    @Column(name = "TITLE", nullable = false, updatable = false, length = 1000)
    private String title;

    @Lob
    @Column(name = "DESCRIPTION", nullable = false, updatable = false)
    private String description;

    @Lob
    @Column(name = "STRUCTURE_XML", nullable = false, updatable = false)
    private String structureXml;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 16)
    private PackageKind kind;

    @Column(name = "FILE_NAME", updatable = false, length = 255)
    private String fileName;

    @Column(name = "IMPORTED_AT", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "IMPORTED_BY", nullable = false, updatable = false, length = 64)
    private String importedBy;

    @Column(name = "PACKAGE_SHA256", nullable = false, updatable = false, length = 64)
    private String packageSha256;

    @Column(name = "PACKAGE_SIZE", nullable = false, updatable = false)
    private long packageSize;

    @Column(name = "AU_COUNT", nullable = false, updatable = false)
    private int auCount;

    @Transient
    private CourseStructure structure;

    protected CourseVersion() {
        // for JPA
    }

    CourseVersion(Course course, int number, CourseStructure structure, String structureXml, PackageKind kind,
            String fileName, String packageSha256, long packageSize, Instant importedAt, String importedBy) {
        this.course = course;
        this.number = number;
        this.structure = structure;
        this.title = structure.title();
        this.description = structure.description();
        this.structureXml = structureXml;
        this.kind = kind;
        this.fileName = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        this.packageSha256 = packageSha256;
        this.packageSize = packageSize;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.auCount = structure.aus().size();
    }

    /** The course structure, read from the stored cmi5.xml on first use (a version never changes). */
    public CourseStructure structure() {
        CourseStructure read = structure;
        if (read == null) {
            read = CourseStructureReader.readImported(structureXml);
            structure = read;
        }
        return read;
    }

    public boolean isPackaged() {
        return kind == PackageKind.PACKAGE;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getStructureXml() {
        return structureXml;
    }

    public PackageKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getPackageSha256() {
        return packageSha256;
    }

    public long getPackageSize() {
        return packageSize;
    }

    public int getAuCount() {
        return auCount;
    }
}
