package org.carelearn.staff.domain;

import org.carelearn.platform.security.Actor;

/**
 * A department or job role was added, renamed, retired or brought back. Fired synchronously inside the change's
 * transaction.
 *
 * @param code the department's or job role's code, as the caller named it
 * @param detail what changed in words
 */
public record OrganisationChanged(Actor actor, Unit unit, Change change, String code, String detail) {

    /** Which of the two lists. */
    public enum Unit {
        DEPARTMENT,
        JOB_ROLE
    }

    /** What changed. */
    public enum Change {
        ADDED,
        UPDATED,
        DEACTIVATED,
        REACTIVATED
    }
}
