package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.RequirementWaived;
import org.carelearn.assignment.domain.Waiver;
import org.carelearn.assignment.domain.WaiverRevoked;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.learning.application.LessonsWaived;
import org.carelearn.learning.application.Waivers;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.platform.time.HospitalTime;

/**
 * Waives a person's requirement of a course for a while, and ends a waiver early. A manager may do either for
 * the people anywhere in their line, an administrator for anyone. Where the person is enrolled in the (cmi5)
 * course, learning records the {@code waived} statement of each lesson not yet satisfied (cmi5 9.3.7, reason
 * "Administrative" of 9.5.5.2: the decision is the organisation's, not a test or equivalent activity). Each
 * change is one transaction with its audit event: a refusal anywhere changes nothing.
 */
@ApplicationScoped
public class RequirementWaivers {

    /** The cmi5 reason (9.5.5.2) of lessons waived because their course's requirement was. */
    static final String CMI5_REASON = "Administrative";

    @Inject
    private AssignmentRepository repository;

    @Inject
    private Requirements requirements;

    @Inject
    private Reassessment reassessment;

    @Inject
    private AssignmentAuthority authority;

    @Inject
    private Waivers lessons;

    @Inject
    private Catalog catalog;

    @Inject
    private Event<RequirementWaived> waived;

    @Inject
    private Event<WaiverRevoked> revoked;

    @Inject
    private HospitalTime time;

    /**
     * Waives the person's open (or locked) requirement of the course until the end date (its last day).
     *
     * @param by who decides: a manager of the person's line, or an administrator
     */
    @Transactional
    public WaiverGranted grant(Actor actor, SignedInPerson by, String employeeId, String courseIri, String reason,
            LocalDate endsOn) {
        authorize(by, employeeId);
        LocalDate today = time.today();
        Waiver waiver = Waiver.grant(employeeId, courseIri, reason, endsOn, today, time.now(), actor.username());
        String title = title(courseIri);
        Requirement requirement = requirements.of(employeeId).stream().filter(r -> r.courseIri().equals(courseIri))
                .findFirst().orElseThrow(() -> new BusinessRuleException(employeeId + " is not required to take \""
                        + title + "\": there is nothing to waive"));
        if (requirement.isWaived()) {
            throw new BusinessRuleException("\"" + title + "\" is already waived for " + employeeId + " until "
                    + day(requirement.waiver().endsOn()) + "; end that waiver first to give it another end date");
        }
        if (requirement.isCompleted()) {
            throw new BusinessRuleException(employeeId + " has completed \"" + title + "\" and nothing of it is due"
                    + (requirement.opensOn() == null ? "" : " before " + day(requirement.opensOn()))
                    + ": there is nothing to waive");
        }
        repository.add(waiver);
        int lessonsWaived = 0;
        LessonsWaived inLearning = lessons.waiveOpenLessons(actor, employeeId, courseIri, CMI5_REASON).orElse(null);
        if (inLearning != null) {
            lessonsWaived = inLearning.lessons();
            if (inLearning.courseSatisfied()) {
                waiver.satisfied(inLearning.enrolmentId());
            }
        }
        waived.fire(new RequirementWaived(actor, waiver.getId(), employeeId, courseIri, "\"" + title + "\" for "
                + employeeId + " until " + day(endsOn) + (lessonsWaived == 0 ? "" : " (" + lessonsWaived
                        + (lessonsWaived == 1 ? " lesson" : " lessons") + " waived in the LRS)")
                + ": " + waiver.getReason()));
        return new WaiverGranted(waiver.getId(), title, endsOn, lessonsWaived);
    }

    /**
     * Ends an active waiver today: the course is required again, due no earlier than {@link Waiver#GRACE_DAYS}
     * days from today, and the person is enrolled in it again at once (a cmi5 waiver cannot be taken back, so a
     * course its lessons' waivers satisfied starts over in a new registration).
     *
     * @return the requirement as it stands now
     */
    @Transactional
    public Requirement revoke(Actor actor, SignedInPerson by, long waiverId) {
        Waiver waiver = repository.waiver(waiverId)
                .orElseThrow(() -> new NotFoundException("There is no waiver " + waiverId));
        authorize(by, waiver.getEmployeeId());
        waiver.revoke(time.today(), time.now(), actor.username());
        reassessment.reassess(actor, waiver.getEmployeeId());
        Requirement now = requirements.of(waiver.getEmployeeId()).stream()
                .filter(r -> r.courseIri().equals(waiver.getCourseIri())).findFirst().orElse(null);
        revoked.fire(new WaiverRevoked(actor, waiverId, waiver.getEmployeeId(), waiver.getCourseIri(), "\""
                + title(waiver.getCourseIri()) + "\" for " + waiver.getEmployeeId() + ", waived until "
                + day(waiver.getEndsOn()) + ", required again" + (now == null || now.dueOn() == null ? ""
                        : " by " + day(now.dueOn()))));
        return now;
    }

    private void authorize(SignedInPerson by, String employeeId) {
        if (!authority.mayWaiveFor(by, employeeId)) {
            throw new BusinessRuleException("Only a manager of " + (employeeId == null ? "the person" : employeeId)
                    + "'s line or an administrator can waive their training or end a waiver");
        }
    }

    private String title(String courseIri) {
        return catalog.course(courseIri).map(CourseSummary::title).orElse(courseIri);
    }

    private static String day(LocalDate date) {
        return DateStyle.date(date);
    }

    /** What a waiver did: the course, its end date and how many lessons learning recorded as waived. */
    public record WaiverGranted(long waiverId, String courseTitle, LocalDate endsOn, int lessonsWaived) {
    }
}
