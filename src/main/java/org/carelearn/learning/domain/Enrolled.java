package org.carelearn.learning.domain;

import org.carelearn.platform.security.Actor;

/**
 * A learner was enrolled in a course: a new registration. Fired synchronously inside the enrolling transaction,
 * so what observes it is stored with the enrolment or not at all.
 *
 * @param registration the enrolment's cmi5 registration, which the LRS's statements carry
 * @param detail who, in which course and version, required or chosen, and by when, in words
 */
public record Enrolled(Actor actor, String registration, String employeeId, String detail) {
}
