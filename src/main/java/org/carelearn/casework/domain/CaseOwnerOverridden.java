package org.carelearn.casework.domain;

import org.carelearn.platform.security.Actor;

/**
 * A manager gave a grievance to an owner not competent in what every grievance's owner needs, with a reason. Fired
 * in the transaction that records it; the audit trail keeps it. The detail names the owner and the competencies,
 * never the patient.
 *
 * @param caseId the case's opaque id
 */
public record CaseOwnerOverridden(Actor actor, String caseId, String detail) {
}
