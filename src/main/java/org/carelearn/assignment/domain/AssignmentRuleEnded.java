package org.carelearn.assignment.domain;

import org.carelearn.platform.security.Actor;

/**
 * A rule was ended: what only it required is required no more. Fired inside the ending transaction.
 *
 * @param detail the rule's name and how many people it held
 */
public record AssignmentRuleEnded(Actor actor, long ruleId, String detail) {
}
