package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.EnrolmentStatus;
import org.carelearn.learning.domain.LearningRepository;

/**
 * A learner's transcript, the whole record: every course they have started or completed and every required
 * course not started yet, each lesson's result and score as the LRS's statements give them, every judged
 * attempt, and their certificates. Completed courses first, then those under way, then those not started.
 */
@ApplicationScoped
public class Transcripts {

    private static final Comparator<Enrolment> COMPLETED_FIRST = Comparator
            .comparing((Enrolment e) -> e.getStatus() == EnrolmentStatus.COMPLETED ? 0
                    : e.getStatus() == EnrolmentStatus.IN_PROGRESS ? 1 : 2);

    @Inject
    private LearningRepository repository;

    @Inject
    private Progression progression;

    /**
     * The learner's transcript: every enrolment but the ones they chose themselves and have not started, which
     * are only intentions (someone else's enrolment of them, such as an assignment's, is on it from the start).
     *
     * @param username the learner's own user name, who enrolled them in what they chose
     */
    public List<TranscriptEntry> of(String employeeId, String username) {
        return repository.enrolmentsOf(employeeId).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.NOT_STARTED || !e.isChosenBy(username))
                .sorted(COMPLETED_FIRST)
                .map(e -> new TranscriptEntry(progression.overview(e),
                        repository.certificateOf(e.getId()).orElse(null)))
                .toList();
    }
}
