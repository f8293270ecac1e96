package org.carelearn.casework.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone asked for a case they may not see (or one that does not exist: they get the same answer). Recorded on
 * its own, whatever else happens.
 *
 * @param caseId the id they asked for, as they gave it
 */
public record CaseAccessRefused(Actor actor, String caseId, String detail) {
}
