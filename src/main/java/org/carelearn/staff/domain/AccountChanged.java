package org.carelearn.staff.domain;

import org.carelearn.platform.security.Actor;

/**
 * A sign-in account was opened or changed. Fired synchronously inside the change's transaction, so what observes
 * it is stored with the change or not at all.
 *
 * @param username the account's user name
 * @param detail what changed in words, or null when the kind says it all
 */
public record AccountChanged(Actor actor, Change change, String username, String detail) {

    /** What changed. */
    public enum Change {
        CREATED,
        ROLES_CHANGED,
        PASSWORD_CHANGED,
        TEMPORARY_PASSWORD_ISSUED,
        UNLOCKED,
        DEACTIVATED,
        REACTIVATED
    }
}
