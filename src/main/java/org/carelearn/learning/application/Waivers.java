package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carelearn.learning.domain.AuStatus;
import org.carelearn.learning.domain.CourseProgress;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.learning.domain.LessonWaived;
import org.carelearn.learning.domain.LmsStatements;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Waives an AU for a learner (cmi5 9.3.7): an administrator decides its requirements are met by other
 * means. The LMS records a waived statement in a session of its own, once per AU and registration, and
 * the AU then counts as satisfied.
 */
@ApplicationScoped
public class Waivers {

    /** The reasons cmi5 9.5.5.2 names. */
    public static final List<String> REASONS = List.of("Tested Out", "Equivalent AU", "Equivalent Outside Activity",
            "Administrative");

    @Inject
    private LearningRepository repository;

    @Inject
    private Progression progression;

    @Inject
    private LrsGateway lrs;

    @Inject
    private Learners learners;

    @Inject
    private Event<LessonWaived> waived;

    @Inject
    private HospitalTime time;

    @Transactional
    public void waive(Actor actor, long enrolmentId, String auIri, String reason) {
        if (!REASONS.contains(reason)) {
            throw new BusinessRuleException("The reason must be one of " + String.join(", ", REASONS));
        }
        Enrolment enrolment = repository.lockedEnrolment(enrolmentId)
                .orElseThrow(() -> new NotFoundException("There is no enrolment " + enrolmentId));
        waive(actor, enrolment, auIri, reason);
    }

    /**
     * Waives every AU not yet satisfied of the learner's open enrolment in the course, each as {@link #waive}
     * does: for whoever decided that the course is not to be taken for now (an assignment waiver). Nothing when
     * the learner has no open enrolment in it.
     *
     * @return the enrolment and how many AUs were waived, or empty without an open enrolment
     */
    @Transactional
    public Optional<LessonsWaived> waiveOpenLessons(Actor actor, String employeeId, String courseIri, String reason) {
        if (!REASONS.contains(reason)) {
            throw new BusinessRuleException("The reason must be one of " + String.join(", ", REASONS));
        }
        Optional<Enrolment> open = repository.openEnrolment(employeeId, courseIri)
                .flatMap(e -> repository.lockedEnrolment(e.getId()));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Enrolment enrolment = open.get();
        List<String> unsatisfied = progression.progressOf(enrolment).aus().stream().filter(au -> !au.satisfied())
                .map(au -> au.au().id()).toList();
        for (String auIri : unsatisfied) {
            waive(actor, enrolment, auIri, reason);
        }
        return Optional.of(new LessonsWaived(enrolment.getId(), enrolment.getRegistration(), unsatisfied.size(),
                enrolment.isCompleted()));
    }

    private void waive(Actor actor, Enrolment enrolment, String auIri, String reason) {
        CourseProgress progress = progression.progressOf(enrolment);
        AuStatus au = progress.au(auIri);
        if (au == null) {
            throw new BusinessRuleException("The course \"" + enrolment.getCourseTitle() + "\" has no lesson " + auIri);
        }
        if (au.waived()) {
            throw new BusinessRuleException("\"" + au.au().title() + "\" is already waived for this enrolment");
        }
        // The waiver is a session of its own; the satisfied statements it brings about carry its session id
        // (cmi5 9.3.7: no other statement but satisfied uses it; 9.3.9: satisfied names what triggered it).
        String sessionId = UUID.randomUUID().toString();
        lrs.record(List.of(LmsStatements.waived(learners.agentOf(enrolment.getEmployeeId()),
                enrolment.getRegistration(), au.activityId(), auIri, reason, sessionId, time.now())));
        waived.fire(new LessonWaived(actor, enrolment.getRegistration(),
                "\"" + au.au().title() + "\" waived for " + enrolment.getEmployeeId() + ": " + reason));
        progression.reevaluate(enrolment, sessionId);
    }
}
