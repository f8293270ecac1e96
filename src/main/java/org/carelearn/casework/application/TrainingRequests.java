package org.carelearn.casework.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.carelearn.platform.security.Actor;

/**
 * What casework asks of the assignment context (a port; infrastructure answers through assignment's application
 * service): a course required of one person by their manager, and its progress.
 */
public interface TrainingRequests {

    /** How a required course stands. */
    record Progress(String state, boolean completed, LocalDate dueOn, LocalDate completedOn) implements Serializable {
    }

    /**
     * Requires the course of the person as their manager's rule, named after the reason.
     *
     * @return the requirement's id (the rule's)
     */
    long require(Actor actor, String managerEmployeeId, String employeeId, String courseIri, String reason,
            int dueInDays);

    Optional<Progress> progress(String employeeId, long requirementId);
}
