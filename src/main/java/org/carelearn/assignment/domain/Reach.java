package org.carelearn.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings one person's assignments in line with the active rules: a rule that reaches them and holds no
 * assignment of one of its courses gets one (due by its policy from today); an assignment whose rule no longer
 * reaches them, or has ended, ends. Ended assignments stay as history.
 */
public final class Reach {

    /** What one re-evaluation changed: assignments to store, and active ones it ended. */
    public record Outcome(List<Assignment> added, List<Assignment> ended) {

        public boolean changedAnything() {
            return !added.isEmpty() || !ended.isEmpty();
        }
    }

    private Reach() {
    }

    public static Outcome reevaluate(Person person, Collection<AssignmentRule> rules,
            Collection<Assignment> activeAssignments, LocalDate today, Instant now) {
        Map<Long, AssignmentRule> byId = rules.stream().filter(AssignmentRule::isActive)
                .collect(Collectors.toMap(AssignmentRule::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Assignment> ended = new ArrayList<>();
        List<Assignment> kept = new ArrayList<>();
        for (Assignment assignment : activeAssignments) {
            AssignmentRule rule = byId.get(assignment.getRuleId());
            if (rule == null) {
                assignment.end(now, "The rule ended");
                ended.add(assignment);
            } else if (!rule.reaches(person) || !rule.courses().contains(assignment.getCourseIri())) {
                assignment.end(now, "No longer in the rule's scope (" + rule.getTarget().describe() + ")");
                ended.add(assignment);
            } else {
                kept.add(assignment);
            }
        }
        List<Assignment> added = new ArrayList<>();
        for (AssignmentRule rule : byId.values()) {
            if (!rule.reaches(person)) {
                continue;
            }
            for (String course : rule.courses()) {
                boolean held = kept.stream().anyMatch(a -> a.getRuleId() == rule.getId()
                        && a.getCourseIri().equals(course));
                if (!held) {
                    added.add(new Assignment(rule.getId(), person.employeeId(), course, today,
                            rule.dueFor(person, today)));
                }
            }
        }
        return new Outcome(added, ended);
    }
}
