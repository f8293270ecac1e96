package org.carelearn.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.carelearn.assignment.application.TargetedTraining;
import org.carelearn.casework.application.TrainingRequests;
import org.carelearn.platform.security.Actor;

/** Requires courses through assignment's application service and reads their progress back, in records. */
@ApplicationScoped
public class AssignmentTrainingRequests implements TrainingRequests {

    @Inject
    private TargetedTraining training;

    @Override
    public long require(Actor actor, String managerEmployeeId, String employeeId, String courseIri, String reason,
            int dueInDays) {
        return training.require(actor, managerEmployeeId, employeeId, courseIri, reason, dueInDays);
    }

    @Override
    public Optional<Progress> progress(String employeeId, long requirementId) {
        return training.progress(employeeId, requirementId)
                .map(p -> new Progress(p.state(), p.completed(), p.dueOn(), p.completedOn()));
    }
}
