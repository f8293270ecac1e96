package org.carelearn.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.carelearn.learning.application.TranscriptEntry;
import org.carelearn.learning.application.Transcripts;
import org.carelearn.platform.security.CurrentPerson;

/** learning/transcript.xhtml: the signed-in learner's transcript and certificates. */
@Named
@RequestScoped
public class TranscriptPage {

    @Inject
    private Transcripts transcripts;

    @Inject
    private CurrentPerson currentPerson;

    private List<TranscriptEntry> entries;

    public List<TranscriptEntry> getEntries() {
        if (entries == null) {
            entries = currentPerson.get().map(me -> transcripts.of(me.employeeId(), me.username())).orElse(List.of());
        }
        return entries;
    }
}
