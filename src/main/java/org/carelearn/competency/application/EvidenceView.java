package org.carelearn.competency.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A piece of evidence as the profile and REST show it.
 *
 * @param givenBy who gave it, in words (a person's name, or the course for a completion)
 * @param indicatorsMet for an observed validation, "3 of 4 indicators met"; else null
 */
public record EvidenceView(long id, String competencyIdentifier, String kind, String kindLabel, int level,
        String levelLabel, LocalDate givenOn, String givenBy, String comment, int frameworkVersion,
        String indicatorsMet, boolean hasDocument, String statementId, List<IndicatorView> indicators) {

    /** One indicator's verdict in a validation. */
    public record IndicatorView(String identifier, String statement, boolean met, String comment) {
    }
}
