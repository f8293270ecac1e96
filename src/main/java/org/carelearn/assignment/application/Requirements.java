package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Claim;
import org.carelearn.assignment.domain.RequiredTraining;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.Waiver;
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
        if (active.isEmpty()) {
            return of(employeeIds, active, List.of(), today);
        }
        Set<String> holders = active.stream().map(Assignment::getEmployeeId).collect(Collectors.toSet());
        return of(employeeIds, active, enrolments.snapshotsOf(holders), today);
    }

    /**
     * The same from enrolments a caller has read already (the workbench reads them once for requirements and
     * progress alike).
     */
    Map<String, List<Requirement>> of(Collection<String> employeeIds, Collection<EnrolmentSnapshot> snapshots) {
        return of(employeeIds, repository.activeAssignmentsOf(employeeIds), snapshots, time.today());
    }

    /**
     * The same from what a re-evaluation holds in hand already: the people's active assignments (those it just
     * added among them), the active rules and the people's enrolments, so that it reads none of them again.
     */
    Map<String, List<Requirement>> of(Collection<String> employeeIds, List<Assignment> active,
            Collection<AssignmentRule> activeRules, Collection<EnrolmentSnapshot> snapshots) {
        Map<Long, AssignmentRule> rules = activeRules.stream()
                .collect(Collectors.toMap(AssignmentRule::getId, r -> r, (a, b) -> a));
        return of(employeeIds, active, rules, snapshots, time.today());
    }

    private Map<String, List<Requirement>> of(Collection<String> employeeIds, List<Assignment> active,
            Collection<EnrolmentSnapshot> snapshots, LocalDate today) {
        Set<Long> ruleIds = active.stream().map(Assignment::getRuleId).collect(Collectors.toSet());
        Map<Long, AssignmentRule> rules = repository.rules(ruleIds).stream()
                .collect(Collectors.toMap(AssignmentRule::getId, r -> r));
        return of(employeeIds, active, rules, snapshots, today);
    }

    private Map<String, List<Requirement>> of(Collection<String> employeeIds, List<Assignment> active,
            Map<Long, AssignmentRule> rules, Collection<EnrolmentSnapshot> snapshots, LocalDate today) {
        // the order the rules first required each course: the assignments' order, which the query leaves open
        Map<String, List<Claim>> claims = active.stream().sorted(Comparator.comparing(Assignment::getId))
                .collect(Collectors.groupingBy(Assignment::getEmployeeId,
                        Collectors.mapping(a -> new Claim(rules.get(a.getRuleId()), a), Collectors.toList())));
        List<Waiver> waivers = active.isEmpty() ? List.of() : repository.waiversOf(claims.keySet());
        Map<String, Map<String, LocalDate>> completions = completionsIn(snapshots, waivers);
        Map<String, List<Waiver>> waiversByPerson = waivers.stream()
                .collect(Collectors.groupingBy(Waiver::getEmployeeId));
        Map<String, List<Requirement>> result = new HashMap<>();
        for (String employeeId : employeeIds) {
            result.put(employeeId, Requirement.of(employeeId, claims.getOrDefault(employeeId, List.of()),
                    completions.getOrDefault(employeeId, Map.of()), waiversByPerson.getOrDefault(employeeId, List.of()),
                    today));
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

    /**
     * For each person, the day (in the hospital's calendar) they last completed each course they completed. An
     * enrolment that a waiver satisfied (by waiving its lessons) is no completion: it ends with the waiver.
     *
     * @param waivers the waivers of (at least) these people
     */
    Map<String, Map<String, LocalDate>> lastCompletions(Collection<String> employeeIds, Collection<Waiver> waivers) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return completionsIn(enrolments.snapshotsOf(employeeIds), waivers);
    }

    private Map<String, Map<String, LocalDate>> completionsIn(Collection<EnrolmentSnapshot> snapshots,
            Collection<Waiver> waivers) {
        Set<Long> byWaiver = waivers.stream().map(Waiver::getSatisfiedEnrolmentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return snapshots.stream().filter(EnrolmentSnapshot::completed)
                .filter(e -> !byWaiver.contains(e.id()))
                .collect(Collectors.groupingBy(EnrolmentSnapshot::employeeId, Collectors.toMap(
                        EnrolmentSnapshot::courseIri, e -> LocalDate.ofInstant(e.satisfiedAt(), time.getZone()),
                        (a, b) -> a.isAfter(b) ? a : b)));
    }
}
