package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.People;
import org.carelearn.assignment.domain.Person;
import org.carelearn.assignment.domain.Reach;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Re-evaluates every active rule for people: after a hire, a transfer, a role change, a completion (the next
 * course of a curriculum unlocks) or a new recertification round. New requirements get an enrolment in learning
 * at once; requirements the person left the scope of end, and their enrolments and history stay.
 *
 * <p>Each person's lock ({@link AssignmentRepository#lockPeople}) is taken before their assignments are read, so
 * re-evaluations of one person at once (the HR import, a completion, the round sweep) run one after the other
 * and never add the same rule's course twice. A group of people is evaluated with a fixed number of queries
 * (the rules once, then each person's place, assignments and enrolments for the whole group), not a few per
 * person: an HR import of a thousand changes is a few dozen reads, not thousands.
 */
@ApplicationScoped
public class Reassessment {

    /** People per transaction when many are evaluated: few enough for short locks, many enough for few reads. */
    public static final int GROUP = 250;

    private static final Logger LOG = Logger.getLogger(Reassessment.class.getName());

    @Inject
    private Event<RequirementsReevaluated> reevaluated;

    @Inject
    private AssignmentRepository repository;

    @Inject
    private People people;

    @Inject
    private Requirements requirements;

    @Inject
    private Enrolments enrolments;

    @Inject
    private Catalog catalog;

    @Inject
    private HospitalTime time;

    @Transactional
    public Reach.Outcome reassess(Actor actor, String employeeId) {
        return reassess(actor, List.of(employeeId)).get(employeeId);
    }

    /** The same for each of these people, in the caller's transaction; what changed, by person. */
    @Transactional
    public Map<String, Reach.Outcome> reassess(Actor actor, Collection<String> employeeIds) {
        List<String> ids = employeeIds.stream().distinct().toList();
        Map<String, Reach.Outcome> outcomes = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return outcomes;
        }
        Instant now = time.now();
        LocalDate today = time.today();
        repository.lockPeople(ids, now);
        Map<String, Person> known = people.people(ids).stream()
                .collect(Collectors.toMap(Person::employeeId, Function.identity(), (a, b) -> a));
        List<AssignmentRule> rules = repository.activeRules();
        Map<String, List<Assignment>> held = repository.activeAssignmentsOf(ids).stream()
                .collect(Collectors.groupingBy(Assignment::getEmployeeId));
        List<String> inService = new ArrayList<>();
        List<Assignment> activeInService = new ArrayList<>();
        for (String employeeId : ids) {
            Person person = known.getOrDefault(employeeId,
                    new Person(employeeId, employeeId, null, null, List.of(), null, false));
            List<Assignment> holds = held.getOrDefault(employeeId, List.of());
            Reach.Outcome outcome = Reach.reevaluate(person, rules, holds, today, now);
            outcome.added().forEach(repository::add);
            outcomes.put(employeeId, outcome);
            if (person.active()) {
                inService.add(employeeId);
                holds.stream().filter(Assignment::isActive).forEach(activeInService::add);
                activeInService.addAll(outcome.added());
            }
        }
        enrolWhereOpen(actor, inService, activeInService, rules);
        reevaluated.fire(new RequirementsReevaluated(ids));
        return outcomes;
    }

    /** The same in a transaction of its own: for observers of changes another transaction already committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Reach.Outcome reassessAlone(Actor actor, String employeeId) {
        return reassess(actor, employeeId);
    }

    /** A group of people (at most about {@link #GROUP}) in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Reach.Outcome> reassessAlone(Actor actor, Collection<String> employeeIds) {
        return reassess(actor, employeeIds);
    }

    /**
     * Every open requirement has an open enrolment to take: a new one for a course never taken or a
     * recertification round that opened. A course retired since the rule was made cannot take new learners;
     * it stays required, and the log says why nobody was enrolled.
     */
    private void enrolWhereOpen(Actor actor, List<String> employeeIds, List<Assignment> active,
            List<AssignmentRule> rules) {
        if (employeeIds.isEmpty()) {
            return;
        }
        // Their enrolments read once, for what is open and for the requirements alike; the requirements come from
        // the assignments and rules in hand (reading them again cost a flush and a query per group).
        List<EnrolmentSnapshot> snapshots = enrolments.snapshotsOf(employeeIds);
        Set<String> openEnrolments = new HashSet<>();
        for (EnrolmentSnapshot e : snapshots) {
            if (!e.completed()) {
                openEnrolments.add(e.employeeId() + '\n' + e.courseIri());
            }
        }
        Map<String, Boolean> enrollable = new LinkedHashMap<>();
        Map<String, List<String>> notEnrolled = new LinkedHashMap<>();
        for (Map.Entry<String, List<Requirement>> person : requirements.of(employeeIds, active, rules, snapshots)
                .entrySet()) {
            for (Requirement requirement : person.getValue()) {
                if (!requirement.isOpen() || openEnrolments.contains(person.getKey() + '\n' + requirement.courseIri())) {
                    continue;
                }
                if (enrollable.computeIfAbsent(requirement.courseIri(), course -> catalog.course(course)
                        .filter(c -> c.availability() != CourseAvailability.RETIRED).isPresent())) {
                    enrolments.enrol(actor, person.getKey(), requirement.courseIri());
                } else {
                    notEnrolled.computeIfAbsent(requirement.courseIri(), course -> new ArrayList<>())
                            .add(person.getKey());
                }
            }
        }
        // One line per course, not per person: a rule on a retired course would otherwise write a line for each
        // of thousands of people at every evaluation.
        notEnrolled.forEach((course, people) -> LOG.warning(() -> (people.size() == 1
                ? people.get(0) + " is" : people.size() + " people (" + people.get(0) + " and others) are")
                + " required to take " + course + ", which is retired or gone from the catalog: not enrolled"));
    }
}
