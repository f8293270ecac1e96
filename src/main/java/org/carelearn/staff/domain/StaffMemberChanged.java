package org.carelearn.staff.domain;

import org.carelearn.platform.security.Actor;

/**
 * A person was added to the directory, changed, taken out of active service or returned to it, through the
 * staff pages or the HR feed. Fired synchronously inside the change's transaction.
 *
 * @param employeeId the person's employee id
 * @param detail what changed in words
 */
public record StaffMemberChanged(Actor actor, Change change, String employeeId, String detail) {

    /** What changed. */
    public enum Change {
        ADDED,
        UPDATED,
        DEACTIVATED,
        REACTIVATED
    }
}
