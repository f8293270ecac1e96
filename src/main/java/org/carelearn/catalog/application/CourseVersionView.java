package org.carelearn.catalog.application;

import java.time.Instant;
import org.carelearn.catalog.domain.CourseStructure;
import org.carelearn.catalog.domain.CourseVersion;

/**
 * One version of a course as the other contexts and the pages see it.
 *
 * @param packaged whether its files came in a zip (then relative AU urls are served from /content)
 */
public record CourseVersionView(long versionId, String courseIri, int number, String title, String description,
        Instant importedAt, String importedBy, boolean packaged, CourseStructure structure) {

    static CourseVersionView of(CourseVersion version) {
        return new CourseVersionView(version.getId(), version.getCourse().getIri(), version.getNumber(),
                version.getTitle(), version.getDescription(), version.getImportedAt(), version.getImportedBy(),
                version.isPackaged(), version.structure());
    }

    // JavaBean getters beside the record accessors: Jakarta EL 5 (EE 10) does not read record components.

    public long getVersionId() {
        return versionId;
    }

    public String getCourseIri() {
        return courseIri;
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

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public boolean isPackaged() {
        return packaged;
    }

    public CourseStructure getStructure() {
        return structure;
    }

    public int getAuCount() {
        return structure.aus().size();
    }
}
