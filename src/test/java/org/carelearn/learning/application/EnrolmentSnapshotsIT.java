package org.carelearn.learning.application;

import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.learning.domain.EnrolmentStatus;
import org.carelearn.platform.security.Actor;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment snapshots are read without managing the enrolments (re-evaluation reads thousands); they must still
 * show what the caller's own transaction has just done, as a re-evaluation that enrols someone and reads again
 * expects.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentSnapshotsIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    Enrolments enrolments;

    @Inject
    Catalog catalog;

    @Resource
    UserTransaction tx;

    @Test
    void aSnapshotShowsAnEnrolmentMadeEarlierInTheSameTransaction() throws Exception {
        String course = SampleCourses.uniqueCourseIri();
        catalog.importPackage("snapshots-it.zip", new ByteArrayInputStream(SampleCourses.goodPackage(course,
                "Snapshot course")), ADMIN);
        String learner = uniqueEmployeeId();

        tx.begin();
        try {
            assertEquals(List.of(), enrolments.snapshotsOf(List.of(learner)));
            enrolments.enrol(ADMIN, learner, course);
            List<EnrolmentSnapshot> seen = enrolments.snapshotsOf(List.of(learner));
            assertEquals(1, seen.size(), seen.toString());
            assertEquals(course, seen.get(0).courseIri());
            assertEquals(EnrolmentStatus.NOT_STARTED, seen.get(0).status());
        } finally {
            tx.rollback();
        }
        assertEquals(List.of(), enrolments.snapshotsOf(List.of(learner)), "nothing stays of a rolled-back enrolment");
    }
}
