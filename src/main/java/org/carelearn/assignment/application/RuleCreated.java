package org.carelearn.assignment.application;

/** A rule stored with its requirements, and what its preview said. */
public record RuleCreated(long ruleId, RulePreview preview) {
}
