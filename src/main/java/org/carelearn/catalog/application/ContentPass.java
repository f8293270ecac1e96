package org.carelearn.catalog.application;

/**
 * What a valid content token opens: one version's files, for pages of one CareLearn origin.
 *
 * @param applicationOrigin scheme, host and port of the CareLearn pages that may frame the content
 */
public record ContentPass(long versionId, String applicationOrigin) {
}
