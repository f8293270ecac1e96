package org.carelearn.competency.domain;

import org.carelearn.platform.security.Actor;

/**
 * An observed validation was refused and nothing was stored: the validator's password did not confirm them, or
 * the rules refused it (not approved, their own competency, their own manager). Audited in a transaction of its
 * own, since the refused one stores nothing.
 */
public record ValidationRefused(Actor actor, String employeeId, String detail) {
}
