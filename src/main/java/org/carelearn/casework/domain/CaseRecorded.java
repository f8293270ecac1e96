package org.carelearn.casework.domain;

import org.carelearn.platform.security.Actor;

/**
 * A case was recorded or changed (its status, owner, notes, response). Fired in the transaction that changes
 * it. The detail names the step, never the patient.
 *
 * @param caseId the case's opaque id
 * @param created whether it is new
 */
public record CaseRecorded(Actor actor, String caseId, boolean created, String detail) {
}
