package org.carelearn.competency.application;

import java.io.Serializable;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.ProficiencyScale;

/** One competency as the latest version of its framework defines it, with the scale it is shown on. */
public record CompetencyEntry(String frameworkIdentifier, String frameworkTitle, int frameworkVersion,
        ProficiencyScale scale, CompetencyDefinition competency) implements Serializable {

    public String identifier() {
        return competency.identifier();
    }

    public String title() {
        return competency.title();
    }

    /** "Level 2, Competent", or the rank alone if the scale has no such level. */
    public String levelLabel(Integer rank) {
        if (rank == null) {
            return "None";
        }
        return rank >= 1 && rank <= scale.levels().size() ? scale.level(rank).label() : "Level " + rank;
    }
}
