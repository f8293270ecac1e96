package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.carelearn.learning.domain.EnrolmentStatus;
import org.carelearn.learning.domain.LearningRepository;

/**
 * A learner's transcript: every course they have started or completed, each lesson's result and score as
 * the LRS's statements give them, and their certificates. Completed courses first, newest first.
 */
@ApplicationScoped
public class Transcripts {

    @Inject
    private LearningRepository repository;

    @Inject
    private Progression progression;

    public List<TranscriptEntry> of(String employeeId) {
        return repository.enrolmentsOf(employeeId).stream().filter(e -> e.getStatus() != EnrolmentStatus.NOT_STARTED)
                .sorted((a, b) -> Boolean.compare(b.isCompleted(), a.isCompleted()))
                .map(e -> new TranscriptEntry(progression.overview(e),
                        repository.certificateOf(e.getId()).orElse(null)))
                .toList();
    }
}
