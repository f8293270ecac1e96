package org.carelearn.competency.application;

import java.time.LocalDate;
import java.util.List;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.EvidenceKind;

/**
 * A piece of evidence as a profile reads it: plain values with the validator's verdicts, not the entity, whose
 * verdicts EclipseLink read with one query per piece (CompetencyBench, README "Benchmarks").
 *
 * @param verdicts for an observed validation, each indicator's verdict; else empty
 */
public record EvidencePiece(long id, String competencyIdentifier, EvidenceKind kind, int level, LocalDate givenOn,
        String givenBy, String comment, String sourceRef, String statementId, int frameworkVersion,
        List<Verdict> verdicts) {

    /** A validator's verdict on one indicator. */
    public record Verdict(String indicatorIdentifier, boolean met, String comment) {
    }

    /** The value {@link org.carelearn.competency.domain.StandingRule} reads. */
    public Evidence evidence() {
        return new Evidence(kind, level, givenOn, givenBy, frameworkVersion);
    }
}
