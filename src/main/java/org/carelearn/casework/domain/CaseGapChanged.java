package org.carelearn.casework.domain;

import org.carelearn.platform.security.Actor;

/**
 * A case review recorded a competency gap, or a manager approved one as a requirement. Fired in the transaction
 * that stores it; the detail names the person and the competency, never the patient.
 *
 * @param caseId the case's opaque id
 */
public record CaseGapChanged(Actor actor, String caseId, boolean approved, String detail) {
}
