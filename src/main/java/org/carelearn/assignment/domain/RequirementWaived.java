package org.carelearn.assignment.domain;

import org.carelearn.platform.security.Actor;

/**
 * A person's requirement of a course was waived. Fired inside the waiving transaction.
 *
 * @param employeeId whose requirement
 * @param detail which course, until when and why, in words
 */
public record RequirementWaived(Actor actor, long waiverId, String employeeId, String courseIri, String detail) {
}
