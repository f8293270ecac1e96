package org.carelearn.casework.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which competencies a case needs, from the links patient relations configured: those of each of its categories,
 * and for a grievance those every grievance needs. The owner of a grievance must currently hold the latter.
 */
public final class CaseCompetencies {

    private final Collection<CompetencyLink> links;

    public CaseCompetencies(Collection<CompetencyLink> links) {
        this.links = links;
    }

    /** Everything the case needs, grievance links first, each once. */
    public Set<String> neededBy(CaseKind kind, Set<String> categories) {
        Set<String> needed = new LinkedHashSet<>();
        if (kind == CaseKind.GRIEVANCE) {
            needed.addAll(forOwnerOfGrievance());
        }
        links.stream().filter(l -> categories.contains(l.getAppliesTo()))
                .forEach(l -> needed.add(l.getCompetencyIdentifier()));
        return needed;
    }

    /** What the owner of any grievance must currently hold. */
    public Set<String> forOwnerOfGrievance() {
        Set<String> needed = new LinkedHashSet<>();
        links.stream().filter(CompetencyLink::isForAnyGrievance).forEach(l -> needed.add(l.getCompetencyIdentifier()));
        return needed;
    }
}
