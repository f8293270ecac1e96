package org.carelearn.learning.application;

/**
 * What waiving an enrolment's open lessons did, for the context that asked (assignment's waivers).
 *
 * @param lessons how many AUs were waived (those already satisfied are left as they were)
 * @param courseSatisfied whether the enrolment is satisfied (completed) now
 */
public record LessonsWaived(long enrolmentId, String registration, int lessons, boolean courseSatisfied) {
}
