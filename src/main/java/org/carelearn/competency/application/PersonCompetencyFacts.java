package org.carelearn.competency.application;

import java.util.List;

/**
 * One person's competency facts: what their place requires and every piece of evidence they hold.
 *
 * @param required the competencies their job requires, with the level and months current
 * @param evidence every piece of their evidence, of every kind
 */
public record PersonCompetencyFacts(String employeeId, List<RequiredCompetency> required,
        List<EvidenceFact> evidence) {
}
