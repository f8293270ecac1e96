package org.carelearn.staff.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone signed in, failed to, was held back, or signed out. Fired synchronously inside the transaction that
 * counted it, for contexts that keep such records (the audit trail); staff knows none of them.
 *
 * @param actor who it was, under the user name typed for a failure, and from which address
 * @param username the account it concerns, or null where no account is named (an unknown user name)
 * @param detail what happened in words, or null when the kind says it all
 */
public record SignInActivity(Actor actor, Kind kind, String username, String detail) {

    /** What happened. */
    public enum Kind {
        SIGNED_IN,
        FAILED,
        /** The failure that locked the account. */
        LOCKED,
        /** Too many failures from one address: sign-ins from there are refused for a while. */
        THROTTLED,
        /** The person signed out, or their session(s) ended. */
        SIGNED_OUT
    }
}
