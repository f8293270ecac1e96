package org.carelearn.competency.application.exchange;

import java.util.List;
import org.carelearn.competency.domain.FrameworkDefinition;

/**
 * What a CASE file described, as CareLearn holds it, and what an administrator should know about how it was read
 * (for example that the file carried no proficiency levels and got CareLearn's two-level scale).
 */
public record CaseImport(FrameworkDefinition framework, List<String> notes) {

    public CaseImport {
        notes = List.copyOf(notes);
    }
}
