package org.carelearn.learning.domain;

/**
 * An enrolment moved on without being completed: its learner launched it for the first time, or its statements
 * now say more of it is done. Fired in the transaction that changed it; contexts that show where people stand
 * (assignment's workbench) observe it. Completion is {@link CourseCompleted}.
 */
public record EnrolmentProgressed(long enrolmentId, String employeeId, String courseIri) {
}
