package org.carelearn.competency.domain;

import org.carelearn.platform.security.Actor;

/** Someone asked for a person's competency record they may not see; refused with 403 and put in the audit trail. */
public record CompetencyAccessRefused(Actor actor, String employeeId, String detail) {
}
