package org.carelearn.reporting.application;

import java.time.LocalDate;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.EvidenceKind;

/** One piece of a person's evidence, as reporting copies it from competency. */
public record ReportEvidence(long evidenceId, String employeeId, String competencyIdentifier, EvidenceKind kind,
        int level, LocalDate givenOn, String givenBy, int frameworkVersion) {

    /** The evidence as competency's standing rule takes it. */
    public Evidence evidence() {
        return new Evidence(kind, level, givenOn, givenBy, frameworkVersion);
    }
}
