package org.carelearn.learning.application;

import java.time.Instant;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.EnrolmentStatus;

/**
 * An enrolment as other contexts see it (assignment, for requirements and their pages): no entity leaves
 * learning. Pages read its parts with method calls ({@code e.courseTitle()}).
 */
public record EnrolmentSnapshot(long id, String employeeId, String courseIri, String courseTitle,
        EnrolmentStatus status, int progress, Instant enrolledAt, Instant satisfiedAt) {

    public static EnrolmentSnapshot of(Enrolment e) {
        return new EnrolmentSnapshot(e.getId(), e.getEmployeeId(), e.getCourseIri(), e.getCourseTitle(),
                e.getStatus(), e.getProgress(), e.getEnrolledAt(), e.getSatisfiedAt());
    }

    public boolean completed() {
        return status == EnrolmentStatus.COMPLETED;
    }

    public boolean inProgress() {
        return status == EnrolmentStatus.IN_PROGRESS;
    }

    /** "Start", "Resume" or "Review", for the button that opens the course. */
    public String action() {
        return switch (status) {
            case NOT_STARTED -> "Start";
            case IN_PROGRESS -> "Resume";
            case COMPLETED -> "Review";
        };
    }
}
