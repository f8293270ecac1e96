package org.carelearn.competency.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.domain.Evidence;

/**
 * What the status rule reads of people's evidence, and nothing else: no documents, comments or statements, and
 * no entities, so that writing everyone's standings reads a million pieces of evidence as values.
 */
public interface ShownEvidence {

    /** For each of these people who has evidence, their evidence by competency identifier. */
    Map<String, Map<String, List<Evidence>>> of(Collection<String> employeeIds);

    /** For each of these people who has evidence, every piece of it with its id, as other contexts copy it. */
    Map<String, List<EvidenceFact>> factsOf(Collection<String> employeeIds);
}
