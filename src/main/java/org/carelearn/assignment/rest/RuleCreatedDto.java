package org.carelearn.assignment.rest;

/** The answer to creating a rule: the rule as stored, and whom it reached when it was made. */
public record RuleCreatedDto(RuleDto rule, PreviewDto preview) {
}
