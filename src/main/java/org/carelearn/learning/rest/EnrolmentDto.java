package org.carelearn.learning.rest;

import java.time.Instant;
import org.carelearn.learning.domain.Enrolment;

/** An enrolment as the REST API shows it to its learner (what is required of them, and by when, is assignment's). */
public record EnrolmentDto(long id, String courseIri, String courseTitle, long courseVersionId, String registration,
        String status, int progress, Instant enrolledAt, Instant satisfiedAt) {

    static EnrolmentDto of(Enrolment e) {
        return new EnrolmentDto(e.getId(), e.getCourseIri(), e.getCourseTitle(), e.getCourseVersionId(),
                e.getRegistration(), e.getStatus().name(), e.getProgress(),
                e.getEnrolledAt(), e.getSatisfiedAt());
    }
}
