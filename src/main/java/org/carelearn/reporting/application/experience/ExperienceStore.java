package org.carelearn.reporting.application.experience;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carelearn.reporting.domain.ExperienceScore;

/** The patient experience tables: the measures (with the competency each maps to) and the scores. */
public interface ExperienceStore {

    /** The measures in their order, name to the identifier of the competency it maps to (null: none). */
    Map<String, String> measures();

    /** Adds a measure at the end of the list; false when one of that name (in any case) exists. */
    boolean addMeasure(String name);

    /** Maps a measure to a competency (null: to none); false when there is no such measure. */
    boolean mapMeasure(String name, String competencyIdentifier);

    /** Every stored score, by department, measure and quarter. */
    List<ExperienceScore> scores();

    /** Stores new scores and replaces changed ones, in the caller's transaction. */
    void write(Collection<ExperienceScore> added, Collection<ExperienceScore> changed);
}
