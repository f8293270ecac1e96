package org.carelearn.catalog.application;

import org.carelearn.platform.security.Actor;

/**
 * Fired when a version of a course has been imported. It is fired inside the importing transaction:
 * observe it with {@code during = TransactionPhase.AFTER_SUCCESS} to act only once the version is committed,
 * or synchronously to be stored with it (as the audit trail is).
 *
 * @param actor who imported it
 * @param detail the version, its package, size and checksum in words
 */
public record CourseVersionImported(String courseIri, long versionId, int number, Actor actor, String detail) {
}
