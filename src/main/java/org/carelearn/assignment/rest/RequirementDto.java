package org.carelearn.assignment.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.carelearn.assignment.domain.Requirement;

/**
 * One course required of a person, however many rules require it: its state ({@code OPEN}, {@code LOCKED}
 * until an earlier course of a curriculum is complete, {@code COMPLETED}), when it is due (for a completed
 * course that recertifies: when its validity ends, with the day the next round opens), whether it is overdue,
 * and the rules behind it. This is what learning's enrolments no longer carry since requirements moved here.
 */
public record RequirementDto(String courseIri, String courseTitle, String state, LocalDate dueOn, boolean overdue,
        LocalDate opensOn, LocalDate lastCompletedOn, List<RuleRef> rules) {

    /** A rule behind a requirement. */
    public record RuleRef(long id, String name) {
    }

    static RequirementDto of(Requirement requirement, String courseTitle, LocalDate today,
            Function<Long, String> ruleName) {
        List<RuleRef> rules = requirement.ruleIds().stream().map(id -> new RuleRef(id, ruleName.apply(id))).toList();
        return new RequirementDto(requirement.courseIri(), courseTitle, requirement.state().name(),
                requirement.dueOn(), requirement.isOverdue(today), requirement.opensOn(),
                requirement.lastCompletedOn(), rules);
    }
}
