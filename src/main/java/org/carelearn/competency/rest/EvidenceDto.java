package org.carelearn.competency.rest;

import java.time.LocalDate;
import java.util.List;
import org.carelearn.competency.application.EvidenceView;

/**
 * A piece of evidence for other systems: its kind (an EvidenceKind name), level, day, who gave it, the framework
 * version it was given against, an observed validation's indicators, and the id of its xAPI statement in the LRS.
 */
public record EvidenceDto(long id, String competency, String kind, String kindLabel, int level, String levelLabel,
        LocalDate givenOn, String givenBy, String comment, int frameworkVersion, String statementId,
        List<Indicator> indicators) {

    static EvidenceDto of(EvidenceView e) {
        return new EvidenceDto(e.id(), e.competencyIdentifier(), e.kind(), e.kindLabel(), e.level(), e.levelLabel(),
                e.givenOn(), e.givenBy(), e.comment(), e.frameworkVersion(), e.statementId(), e.indicators().stream()
                        .map(i -> new Indicator(i.identifier(), i.statement(), i.met(), i.comment())).toList());
    }

    /** One indicator's verdict in an observed validation. */
    public record Indicator(String identifier, String statement, boolean met, String comment) {
    }
}
