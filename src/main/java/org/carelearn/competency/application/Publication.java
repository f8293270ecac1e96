package org.carelearn.competency.application;

/**
 * What publishing a framework did: made its first version, a new version, or nothing because the content equals
 * the latest version's.
 *
 * @param created whether a version was made
 * @param message the outcome in words, for the page or the import report
 */
public record Publication(String frameworkIdentifier, int version, boolean created, String message) {
}
