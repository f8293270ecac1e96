package org.carelearn.casework.domain;

import org.carelearn.platform.security.Actor;

/** A category's (or every grievance's) competency link was added or removed. */
public record CompetencyLinksChanged(Actor actor, String detail) {
}
