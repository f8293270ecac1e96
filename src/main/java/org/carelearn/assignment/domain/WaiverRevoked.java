package org.carelearn.assignment.domain;

import org.carelearn.platform.security.Actor;

/**
 * A waiver was ended before its end date: the course is required of the person again. Fired inside the
 * transaction that ends it.
 *
 * @param employeeId whose requirement
 * @param detail which course, which waiver and the new due date, in words
 */
public record WaiverRevoked(Actor actor, long waiverId, String employeeId, String courseIri, String detail) {
}
