package org.carelearn.competency.domain;

import org.carelearn.platform.security.Actor;

/** A validation was requested for a person, or a request was withdrawn; fired in the transaction that did it. */
public record ValidationRequestChanged(Actor actor, long requestId, String employeeId, boolean requested,
        String detail) {
}
