package org.carelearn.competency.domain;

import java.util.List;
import java.util.Objects;

/**
 * Evidence as whoever gives it describes it, before it is checked and stored.
 *
 * @param givenBy the employee id of who gave it (the validator, the manager attesting prior learning, the person
 *     themself for a self-assessment), or {@code system} for a course completion, which CareLearn records
 * @param sourceRef what it came from: the course's IRI for a completion, {@code validation-request:<id>} for a
 *     requested validation; null otherwise
 * @param indicators an observed validation's verdict on every indicator of the competency; empty for other kinds
 * @param document the document a record of prior learning rests on; null for other kinds
 */
public record NewEvidence(String employeeId, String competencyIdentifier, EvidenceKind kind, int level,
        String givenBy, String comment, String sourceRef, List<IndicatorResult> indicators,
        EvidenceDocumentContent document) {

    public NewEvidence {
        Objects.requireNonNull(kind, "kind");
        employeeId = employeeId == null ? "" : employeeId.strip();
        competencyIdentifier = competencyIdentifier == null ? "" : competencyIdentifier.strip()
                .toLowerCase(java.util.Locale.ROOT);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A course completion, recorded by CareLearn when learning reports it. */
    public static NewEvidence courseCompletion(String employeeId, String competencyIdentifier, int level,
            String courseIri, String courseTitle) {
        return new NewEvidence(employeeId, competencyIdentifier, EvidenceKind.COURSE_COMPLETION, level,
                org.carelearn.platform.security.Actor.SYSTEM_NAME, "Completed \"" + courseTitle + "\"", courseIri,
                List.of(), null);
    }
}
