package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.platform.security.Actor;

/**
 * One course required of one person for a reason another context found (a case review's competency gap), by a
 * manager in their line: an ordinary rule for that person, named after the reason so that My learning says why,
 * and its progress read back by the rule's id.
 */
@ApplicationScoped
public class TargetedTraining {

    /** How a targeted course stands: "Required", "Completed" and so on, with its dates. */
    public record Progress(String state, boolean completed, LocalDate dueOn, LocalDate completedOn)
            implements Serializable {
    }

    @Inject
    private AssignmentRules rules;

    @Inject
    private Requirements requirements;

    /**
     * Requires the course of the person, due some days from now, as the manager's rule (refused unless the person
     * is in the manager's line).
     *
     * @return the rule's id
     */
    @Transactional
    public long require(Actor actor, String managerEmployeeId, String employeeId, String courseIri, String reason,
            int dueInDays) {
        return rules.createInLine(actor, managerEmployeeId, RuleDefinition.course(reason, courseIri,
                TargetKind.PERSON, employeeId, null, null, dueInDays)).ruleId();
    }

    /** Where the person stands with the course that rule requires; empty once the rule no longer requires it. */
    public Optional<Progress> progress(String employeeId, long ruleId) {
        return requirements.of(employeeId).stream().filter(r -> r.ruleIds().contains(ruleId)).findFirst()
                .map(TargetedTraining::progress);
    }

    private static Progress progress(Requirement r) {
        return new Progress(r.state().getLabel(), r.isCompleted(), r.isCompleted() ? null : r.dueOn(),
                r.isCompleted() ? r.lastCompletedOn() : null);
    }
}
