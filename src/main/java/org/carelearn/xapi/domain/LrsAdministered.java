package org.carelearn.xapi.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone changed who may use the LRS or where it forwards to. Fired (synchronously, inside the change's
 * transaction) for contexts that keep records of such changes, such as the audit trail; the LRS itself
 * knows none of them.
 *
 * @param subject the client key, or the external endpoint for forwarding (a held statement's id is in the detail)
 */
public record LrsAdministered(Actor actor, Change change, String subject, String detail) {

    /** What changed. */
    public enum Change {
        CLIENT_CREATED, CLIENT_REVOKED, FORWARDING_CONFIGURED,
        /** A statement the external LRS had refused for good was sent to it again. */
        HELD_STATEMENT_RETRIED,
        /** A statement the external LRS had refused for good is no longer to be forwarded. */
        HELD_STATEMENT_RELEASED
    }
}
