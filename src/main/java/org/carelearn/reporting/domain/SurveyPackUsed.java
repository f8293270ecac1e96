package org.carelearn.reporting.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone asked for a survey-ready pack, or downloaded one (staff information leaving CareLearn), for the audit
 * trail.
 *
 * @param downloaded false for a request, true for a download
 * @param detail what the pack covers, and for a download the format
 */
public record SurveyPackUsed(Actor actor, String packId, boolean downloaded, String detail) {
}
