package org.carelearn.reporting.domain;

import org.carelearn.platform.security.Actor;

/** Leadership added a patient experience measure or changed the competency it maps to, for the audit trail. */
public record ExperienceMeasureChanged(Actor actor, String measure, String detail) {
}
