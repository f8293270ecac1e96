package org.carelearn.learning.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone ended a learner's lesson session by hand and its {@code abandoned} statement was recorded. Fired
 * synchronously inside that transaction.
 *
 * @param registration the enrolment's cmi5 registration
 * @param detail which session of whom in which course, in words
 */
public record SessionAbandoned(Actor actor, String registration, String detail) {
}
