package org.carelearn.learning.application;

/**
 * An AU's session stored statements that may change what its enrolment satisfies; fired inside the storing
 * transaction, beside the {@link org.carelearn.learning.domain.PendingReevaluation} that makes it durable, and acted
 * on once that transaction committed ({@link Reevaluations}).
 */
record ReevaluationDue(long enrolmentId) {
}
