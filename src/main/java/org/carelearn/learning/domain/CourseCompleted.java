package org.carelearn.learning.domain;

import java.time.Instant;

/**
 * A learner's enrolment became completed: the course's satisfied statement is in the LRS. Fired inside
 * the transaction that recorded it; competency and assignment contexts will observe it.
 */
public record CourseCompleted(long enrolmentId, String employeeId, String courseIri, Instant completedAt) {
}
