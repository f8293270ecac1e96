package org.carelearn.catalog.application;

import java.time.Instant;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.catalog.domain.CourseVersion;

/** A course of the catalog with its latest version and its place in the learners' catalog, for lists. */
public record CourseSummary(String courseIri, String title, String description, long latestVersionId,
        int latestNumber, int auCount, boolean packaged, Instant importedAt, String importedBy,
        CourseAvailability availability) {

    static CourseSummary of(CourseVersion latest) {
        return new CourseSummary(latest.getCourse().getIri(), latest.getTitle(), latest.getDescription(),
                latest.getId(), latest.getNumber(), latest.getAuCount(), latest.isPackaged(), latest.getImportedAt(),
                latest.getImportedBy(), latest.getCourse().getAvailability());
    }

    public CourseAvailability getAvailability() {
        return availability;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getLatestVersionId() {
        return latestVersionId;
    }

    public int getLatestNumber() {
        return latestNumber;
    }

    public int getAuCount() {
        return auCount;
    }

    public boolean isPackaged() {
        return packaged;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
