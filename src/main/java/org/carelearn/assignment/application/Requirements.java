package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Claim;
import org.carelearn.assignment.domain.RequiredTraining;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.platform.time.HospitalTime;

/**
 * What is required of people today: their active assignments, the rules behind them, and the day each course
 * was last completed (from learning's enrolments), made into one requirement per course.
 */
@ApplicationScoped
public class Requirements {

    @Inject
    private AssignmentRepository repository;

    @Inject
    private Enrolments enrolments;

    @Inject
    private HospitalTime time;

    /** One person's requirements, in the order the rules first required them. */
    public List<Requirement> of(String employeeId) {
        return of(List.of(employeeId)).getOrDefault(employeeId, List.of());
    }

    /** The requirements of each of these people (everyone in the map; an empty list for none). */
    public Map<String, List<Requirement>> of(Collection<String> employeeIds) {
        return of(employeeIds, time.today());
    }

    /**
     * The requirements of each of these people as they stand on {@code today} (everyone in the map): for work
     * that runs for a given day, such as the reminder sender.
     */
    public Map<String, List<Requirement>> of(Collection<String> employeeIds, LocalDate today) {
        List<Assignment> active = repository.activeAssignmentsOf(employeeIds);
        Set<Long> ruleIds = active.stream().map(Assignment::getRuleId).collect(Collectors.toSet());
        Map<Long, AssignmentRule> rules = repository.rules(ruleIds).stream()
                .collect(Collectors.toMap(AssignmentRule::getId, r -> r));
        Map<String, List<Claim>> claims = active.stream().collect(Collectors.groupingBy(Assignment::getEmployeeId,
                Collectors.mapping(a -> new Claim(rules.get(a.getRuleId()), a), Collectors.toList())));
        Map<String, Map<String, LocalDate>> completions = lastCompletions(
                active.isEmpty() ? List.of() : claims.keySet());
        Map<String, List<Requirement>> result = new HashMap<>();
        for (String employeeId : employeeIds) {
            result.put(employeeId, Requirement.of(employeeId, claims.getOrDefault(employeeId, List.of()),
                    completions.getOrDefault(employeeId, Map.of()), today));
        }
        return result;
    }

    /** Everyone something is required of (at least one active assignment), in no particular order. */
    public List<String> peopleRequired() {
        return repository.peopleWithActiveAssignments();
    }

    /** Where each of these people stands with their required courses today (everyone in the map). */
    public Map<String, RequiredTraining> standingOf(Collection<String> employeeIds) {
        LocalDate today = time.today();
        return of(employeeIds).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> RequiredTraining.of(e.getValue(), today)));
    }

    /** For each person, the day (in the hospital's calendar) they last completed each course they completed. */
    Map<String, Map<String, LocalDate>> lastCompletions(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return enrolments.snapshotsOf(employeeIds).stream().filter(EnrolmentSnapshot::completed)
                .collect(Collectors.groupingBy(EnrolmentSnapshot::employeeId, Collectors.toMap(
                        EnrolmentSnapshot::courseIri, e -> LocalDate.ofInstant(e.satisfiedAt(), time.getZone()),
                        (a, b) -> a.isAfter(b) ? a : b)));
    }
}
