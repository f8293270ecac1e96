package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.domain.Block;
import org.carelearn.catalog.domain.CourseStructure;
import org.carelearn.learning.domain.Cmi5;
import org.carelearn.learning.domain.Cmi5Ids;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.learning.domain.CourseProgress;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.EnrolmentProgressed;
import org.carelearn.learning.domain.EnrolmentStatus;
import org.carelearn.learning.domain.LmsStatements;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.time.HospitalTime;

/**
 * Derives an enrolment's progress from its registration's statements, makes the satisfied statements
 * for blocks and the course that became satisfied (cmi5 9.3.9), and announces a completed course.
 */
@ApplicationScoped
public class Progression {

    @Inject
    private Catalog catalog;

    @Inject
    private LrsGateway lrs;

    @Inject
    private Learners learners;

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CourseCompleted> completed;

    @Inject
    private Event<EnrolmentProgressed> progressed;

    /** The enrolment with its course version and its progress as the statements tell it now. */
    public CourseOverview overview(Enrolment enrolment) {
        return new CourseOverview(enrolment, catalog.version(enrolment.getCourseVersionId()).orElseThrow(),
                progressOf(enrolment));
    }

    /** The progress of an enrolment as its statements tell it now. */
    public CourseProgress progressOf(Enrolment enrolment) {
        CourseStructure structure = catalog.version(enrolment.getCourseVersionId()).orElseThrow().structure();
        return CourseProgress.of(structure, ids(), lrs.registration(enrolment.getRegistration()));
    }

    /**
     * Re-derives the enrolment after statements that may satisfy AUs.
     *
     * @param sessionId the launch session that triggered it, or null outside a session (a waiver, enrolment)
     */
    @Transactional
    public void reevaluate(Enrolment enrolment, String sessionId) {
        CourseStructure structure = catalog.version(enrolment.getCourseVersionId()).orElseThrow().structure();
        CourseProgress progress = CourseProgress.of(structure, ids(), lrs.registration(enrolment.getRegistration()));
        Instant now = time.now();
        String session = sessionId != null ? sessionId : UUID.randomUUID().toString();
        JsonObject actor = learners.agentOf(enrolment.getEmployeeId());
        List<JsonObject> satisfied = new ArrayList<>();
        for (Block block : progress.blocksToMarkSatisfied()) {
            satisfied.add(LmsStatements.satisfied(actor, enrolment.getRegistration(),
                    ids().block(structure.id(), block.id()), Cmi5.TYPE_BLOCK, block.id(), block.title(), session, now));
        }
        if (progress.courseToMarkSatisfied()) {
            satisfied.add(LmsStatements.satisfied(actor, enrolment.getRegistration(), ids().course(structure.id()),
                    Cmi5.TYPE_COURSE, structure.id(), structure.title(), session, now));
        }
        lrs.record(satisfied);
        EnrolmentStatus statusBefore = enrolment.getStatus();
        int progressBefore = enrolment.getProgress();
        if (enrolment.progressed(progress, now)) {
            completed.fire(new CourseCompleted(enrolment.getId(), enrolment.getEmployeeId(), enrolment.getCourseIri(),
                    now));
        } else if (enrolment.getStatus() != statusBefore || enrolment.getProgress() != progressBefore) {
            progressed.fire(new EnrolmentProgressed(enrolment.getId(), enrolment.getEmployeeId(),
                    enrolment.getCourseIri()));
        }
    }

    private Cmi5Ids ids() {
        return new Cmi5Ids(settings.lmsIri());
    }
}
