package org.carelearn.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.Block;
import org.carelearn.catalog.domain.CourseAvailability;

/** What /api/admin/courses sends: records of the catalog's views, never its entities. */
public final class CourseDtos {

    private CourseDtos() {
    }

    /** A course with its latest version, for the list. */
    public record CourseSummaryDto(String courseIri, String title, long latestVersionId, int latestVersion, int auCount,
            boolean packaged, Instant importedAt, String importedBy, CourseAvailability availability) {

        static CourseSummaryDto of(CourseSummary summary) {
            return new CourseSummaryDto(summary.courseIri(), summary.title(), summary.latestVersionId(),
                    summary.latestNumber(), summary.auCount(), summary.packaged(), summary.importedAt(),
                    summary.importedBy(), summary.availability());
        }
    }

    /** Where a course should stand in the learners' catalog: OFFERED, NOT_OFFERED or RETIRED. */
    public record AvailabilityRequest(@NotBlank(message = "Name the course (its IRI)") String courseIri,
            @NotNull(message = "Give the availability: OFFERED, NOT_OFFERED or RETIRED")
            CourseAvailability availability) {
    }

    /**
     * An AU. {@code launchUrl} is where a browser starts an AU on another server (before the launch
     * parameters); a packaged AU has none, as its files open only under the capability URL of a launch or a
     * preview, on the content origin.
     */
    public record AuDto(String id, String title, String description, String url, String launchUrl,
            String launchMethod, String moveOn, BigDecimal masteryScore, String launchParameters,
            String entitlementKey, String activityType) {

        static AuDto of(Au au, String launchUrl) {
            return new AuDto(au.id(), au.title(), au.description(), au.url(), launchUrl, au.launchMethod().cmi5Name(),
                    au.moveOn().cmi5Name(), au.masteryScore(), au.launchParameters(), au.entitlementKey(),
                    au.activityType());
        }
    }

    /** A block with the ids of its members, in order. */
    public record BlockDto(String id, String title, String description, List<String> members) {

        static BlockDto of(Block block) {
            return new BlockDto(block.id(), block.title(), block.description(),
                    block.children().stream().map(member -> member.id()).toList());
        }
    }

    /** Another version of the same course. */
    public record VersionRef(long versionId, int number, Instant importedAt, String importedBy) {

        static VersionRef of(CourseVersionView view) {
            return new VersionRef(view.versionId(), view.number(), view.importedAt(), view.importedBy());
        }
    }

    /** One version in full: its AUs and blocks in document order, and the course's versions, newest first. */
    public record CourseVersionDto(long versionId, String courseIri, int number, String title, String description,
            boolean packaged, Instant importedAt, String importedBy, List<AuDto> aus, List<BlockDto> blocks,
            List<VersionRef> versions) {
    }
}
