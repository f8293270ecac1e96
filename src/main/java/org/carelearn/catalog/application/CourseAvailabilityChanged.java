package org.carelearn.catalog.application;

import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.platform.security.Actor;

/**
 * An admin moved a course into the learners' catalog, out of it, into retirement or back. Fired synchronously
 * inside the change's transaction.
 *
 * @param change what happened, which a course's new {@link CourseAvailability} alone does not say (a retired
 *     course made not offered is reinstated)
 * @param detail the course's title and its new availability in words
 */
public record CourseAvailabilityChanged(Actor actor, String courseIri, Change change, String detail) {

    /** What happened. */
    public enum Change {
        OFFERED,
        NOT_OFFERED,
        RETIRED,
        REINSTATED
    }
}
