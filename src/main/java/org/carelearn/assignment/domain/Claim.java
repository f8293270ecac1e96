package org.carelearn.assignment.domain;

import java.time.LocalDate;

/** One rule's active assignment of a course to a person: the pair a requirement is made of. */
public record Claim(AssignmentRule rule, Assignment assignment) {

    /**
     * The round this claim asks for given the last completion: null when the completion meets it for now (for
     * good without recertification). A recertification round is never due before the rule's own first due date,
     * so a rule that reaches someone who completed the course long ago does not make them overdue at once.
     */
    Round openRound(LocalDate lastCompletedOn, LocalDate today) {
        if (lastCompletedOn == null) {
            return new Round(assignment.getReachedOn(), assignment.getDueOn());
        }
        Recertification recertification = rule.getRecertification();
        if (recertification == null) {
            return null;
        }
        Round next = recertification.after(lastCompletedOn);
        if (!next.isOpen(today)) {
            return null;
        }
        LocalDate own = assignment.getDueOn();
        return new Round(next.opensOn(), own != null && own.isAfter(next.dueOn()) ? own : next.dueOn());
    }

    /** The next round after the last completion, for a claim the completion meets; null if it never recurs. */
    Round nextRound(LocalDate lastCompletedOn) {
        Recertification recertification = rule.getRecertification();
        return recertification == null || lastCompletedOn == null ? null : recertification.after(lastCompletedOn);
    }
}
