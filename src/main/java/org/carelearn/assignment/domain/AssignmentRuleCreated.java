package org.carelearn.assignment.domain;

import org.carelearn.platform.security.Actor;

/**
 * A rule was stored with its requirements. Fired synchronously inside the creating transaction, so whoever
 * records it (the audit trail) commits or rolls back with the rule.
 *
 * @param detail the rule in words and how many people it reached
 */
public record AssignmentRuleCreated(Actor actor, long ruleId, String detail) {
}
