package org.carelearn.competency.application.exchange;

import java.util.List;
import org.carelearn.competency.application.Publication;

/** What importing a CASE file did: the version published (or why none was needed) and how the file was read. */
public record CaseImportResult(Publication publication, String title, int competencies, List<String> notes) {

    public CaseImportResult {
        notes = List.copyOf(notes);
    }
}
