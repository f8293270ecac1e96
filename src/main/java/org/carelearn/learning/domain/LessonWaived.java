package org.carelearn.learning.domain;

import org.carelearn.platform.security.Actor;

/**
 * A lesson (AU) of an enrolment was waived and its {@code waived} statement recorded. Fired synchronously inside
 * the waiving transaction.
 *
 * @param registration the enrolment's cmi5 registration
 * @param detail which lesson, for whom and why, in words
 */
public record LessonWaived(Actor actor, String registration, String detail) {
}
