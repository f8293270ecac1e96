package org.carelearn.catalog.application;

/**
 * Fired when a version of a course has been imported. It is fired inside the importing transaction:
 * observe it with {@code during = TransactionPhase.AFTER_SUCCESS} to act only once the version is committed.
 */
public record CourseVersionImported(String courseIri, long versionId, int number) {
}
