package org.carelearn.learning.domain;

/**
 * What the registration already holds for one AU, before a batch: cmi5 allows one completed and one
 * passed per registration, and no failed after passed (9.3).
 */
public record AuHistory(boolean completed, boolean passed) {

    public static final AuHistory NONE = new AuHistory(false, false);
}
