package org.carelearn.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.carelearn.learning.application.TranscriptEntry;
import org.carelearn.learning.application.Transcripts;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.web.CurrentUser;

/** learning/transcript.xhtml: the signed-in learner's transcript and certificates. */
@Named
@RequestScoped
public class TranscriptPage {

    @Inject
    private Transcripts transcripts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentActor currentActor;

    private List<TranscriptEntry> entries;

    public List<TranscriptEntry> getEntries() {
        if (entries == null) {
            entries = transcripts.of(currentUser.getEmployeeId(), currentActor.get().username());
        }
        return entries;
    }
}
