package org.carelearn.xapi.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone changed who may use the LRS or where it forwards to. Fired (synchronously, inside the change's
 * transaction) for contexts that keep records of such changes, such as the audit trail; the LRS itself
 * knows none of them.
 *
 * @param subject the client key, or the external endpoint for forwarding
 */
public record LrsAdministered(Actor actor, Change change, String subject, String detail) {

    /** What changed. */
    public enum Change {
        CLIENT_CREATED, CLIENT_REVOKED, FORWARDING_CONFIGURED
    }
}
