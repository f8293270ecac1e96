package org.carelearn.assignment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores rules, curricula and assignments. Assignments are never deleted: ended ones are the history. */
public interface AssignmentRepository {

    void add(Curriculum curriculum);

    Optional<Curriculum> curriculum(long id);

    List<Curriculum> curricula();

    void add(AssignmentRule rule);

    Optional<AssignmentRule> rule(long id);

    List<AssignmentRule> activeRules();

    /** The rules with these ids, ended ones included. */
    List<AssignmentRule> rules(Collection<Long> ids);

    long countRules();

    void add(Assignment assignment);

    List<Assignment> activeAssignmentsOf(String employeeId);

    /** The active assignments of all these people, oldest first (so requirements keep the order rules made them). */
    List<Assignment> activeAssignmentsOf(Collection<String> employeeIds);

    /** Every assignment the person ever had, ended ones included, oldest first. */
    List<Assignment> assignmentsOf(String employeeId);

    List<Assignment> activeAssignmentsOfRule(long ruleId);

    /** For each rule with active assignments, how many people it holds them for. */
    Map<Long, Long> peopleReachedByRule();

    /**
     * Takes, until the transaction ends, the re-evaluation lock of each of these people, so that two
     * re-evaluations of one person never both add what neither saw: the second waits for the first to commit
     * and then reads what it stored.
     */
    void lockPeople(Collection<String> employeeIds, Instant now);

    /** Everyone who holds at least one active assignment. */
    List<String> peopleWithActiveAssignments();

    void add(Waiver waiver);

    Optional<Waiver> waiver(long id);

    /** Every waiver of these people, active, ended and revoked, in no particular order. */
    List<Waiver> waiversOf(Collection<String> employeeIds);
}
