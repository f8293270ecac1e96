package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
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
 * Re-evaluates every active rule for one person: after a hire, a transfer, a role change, a completion (the next
 * course of a curriculum unlocks) or a new recertification round. New requirements get an enrolment in learning
 * at once; requirements the person left the scope of end, and their enrolments and history stay.
 */
@ApplicationScoped
public class Reassessment {

    private static final Logger LOG = Logger.getLogger(Reassessment.class.getName());

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
        Person person = people.person(employeeId)
                .orElseGet(() -> new Person(employeeId, employeeId, null, null, List.of(), null, false));
        List<Assignment> active = repository.activeAssignmentsOf(person.employeeId());
        Reach.Outcome outcome = Reach.reevaluate(person, repository.activeRules(), active, time.today(), time.now());
        outcome.added().forEach(repository::add);
        if (person.active()) {
            enrolWhereOpen(actor, person.employeeId());
        }
        return outcome;
    }

    /** The same in a transaction of its own: for observers of changes another transaction already committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Reach.Outcome reassessAlone(Actor actor, String employeeId) {
        return reassess(actor, employeeId);
    }

    /**
     * Every open requirement has an open enrolment to take: a new one for a course never taken or a
     * recertification round that opened. A course retired since the rule was made cannot take new learners;
     * it stays required, and the log says why nobody was enrolled.
     */
    private void enrolWhereOpen(Actor actor, String employeeId) {
        Set<String> openEnrolments = enrolments.snapshotsOf(List.of(employeeId)).stream()
                .filter(e -> !e.completed()).map(EnrolmentSnapshot::courseIri).collect(Collectors.toSet());
        for (Requirement requirement : requirements.of(employeeId)) {
            if (!requirement.isOpen() || openEnrolments.contains(requirement.courseIri())) {
                continue;
            }
            boolean enrollable = catalog.course(requirement.courseIri())
                    .filter(c -> c.availability() != CourseAvailability.RETIRED).isPresent();
            if (enrollable) {
                enrolments.enrol(actor, employeeId, requirement.courseIri());
            } else {
                LOG.warning(() -> employeeId + " is required to take " + requirement.courseIri()
                        + ", which is retired or gone from the catalog: not enrolled");
            }
        }
    }
}
