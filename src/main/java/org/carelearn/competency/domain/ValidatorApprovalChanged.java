package org.carelearn.competency.domain;

import org.carelearn.platform.security.Actor;

/** An administrator approved a validator for a competency, or ended an approval; fired in its transaction. */
public record ValidatorApprovalChanged(Actor actor, String validatorId, boolean approved, String detail) {
}
