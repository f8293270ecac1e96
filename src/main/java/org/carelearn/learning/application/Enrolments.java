package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.learning.domain.Enrolled;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Puts learners into courses. An enrolment takes the course's latest version and a new registration;
 * a learner has at most one open (not completed) enrolment per course, and taking a completed course
 * again (recertification) starts a new registration.
 */
@ApplicationScoped
public class Enrolments {

    @Inject
    private LearningRepository repository;

    @Inject
    private Catalog catalog;

    @Inject
    private Learners learners;

    @Inject
    private Progression progression;

    @Inject
    private Event<Enrolled> enrolled;

    @Inject
    private HospitalTime time;

    /**
     * Enrols a learner on someone's behalf (an administrator, or an assignment rule), or returns their open
     * enrolment in the course. A course only assigned (not offered in the catalog) can be enrolled in this way;
     * a retired one cannot.
     */
    @Transactional
    public EnrolmentSnapshot enrol(Actor actor, String employeeId, String courseIri) {
        return EnrolmentSnapshot.of(enrol(actor, employeeId, courseIri, false));
    }

    private Enrolment enrol(Actor actor, String employeeId, String courseIri, boolean chosenFromTheCatalog) {
        CourseVersionView course = catalog.latest(courseIri)
                .orElseThrow(() -> new NotFoundException("There is no course " + courseIri + " in the catalog"));
        Optional<Enrolment> open = repository.openEnrolment(employeeId, courseIri);
        if (open.isPresent()) {
            return open.get();
        }
        CourseAvailability availability = catalog.course(courseIri).orElseThrow().availability();
        if (availability == CourseAvailability.RETIRED) {
            throw new BusinessRuleException(course.title() + " is retired: nobody new can enrol in it");
        }
        if (chosenFromTheCatalog && availability != CourseAvailability.OFFERED) {
            throw new BusinessRuleException(course.title() + " is not offered for self-enrolment");
        }
        learners.learner(employeeId);
        Enrolment enrolment = new Enrolment(employeeId, courseIri, course.versionId(), course.title(), time.now(),
                actor.username());
        repository.add(enrolment);
        enrolled.fire(new Enrolled(actor, enrolment.getRegistration(), employeeId,
                employeeId + " in \"" + course.title() + "\" version " + course.number()
                        + (chosenFromTheCatalog ? " (chosen from the catalog)" : "")));
        // cmi5 9.6.1: moveOn is evaluated at registration, so a course of NotApplicable AUs is satisfied now.
        progression.reevaluate(enrolment, null);
        return enrolment;
    }

    /** The learner chooses a course the catalog offers (not one only assigned, nor a retired one). */
    @Transactional
    public Enrolment enrolSelf(Actor actor, String employeeId, String courseIri) {
        return enrol(actor, employeeId, courseIri, true);
    }

    public List<Enrolment> enrolmentsOf(String employeeId) {
        return repository.enrolmentsOf(employeeId);
    }

    /** The enrolments of all these people, as snapshots, in no particular order. */
    public List<EnrolmentSnapshot> snapshotsOf(Collection<String> employeeIds) {
        return repository.enrolmentsOf(employeeIds).stream().map(EnrolmentSnapshot::of).toList();
    }

    /** One enrolment of the learner; someone else's is as good as missing. */
    public Enrolment enrolmentOf(String employeeId, long enrolmentId) {
        return repository.enrolment(enrolmentId).filter(e -> e.getEmployeeId().equals(employeeId))
                .orElseThrow(() -> new NotFoundException("You have no such enrolment"));
    }

    /**
     * Everything one person is enrolled in, each with its course and progress, open ones first: for those
     * who may read it (administrators, the person's manager), which the caller has checked.
     */
    public List<CourseOverview> overviewsOf(String employeeId) {
        return repository.enrolmentsOf(employeeId).stream().map(progression::overview)
                .sorted(CourseOverview.OPEN_FIRST).toList();
    }

    /** The learner's enrolment with its course and progress, derived from statements now. */
    public CourseOverview overview(String employeeId, long enrolmentId) {
        return progression.overview(enrolmentOf(employeeId, enrolmentId));
    }

    /** Courses the catalog offers that the learner has no open enrolment in. */
    public List<CourseSummary> availableTo(String employeeId) {
        Set<String> open = repository.enrolmentsOf(employeeId).stream().filter(e -> !e.isCompleted())
                .map(Enrolment::getCourseIri).collect(Collectors.toSet());
        return catalog.offeredCourses().stream().filter(c -> !open.contains(c.courseIri())).toList();
    }
}
