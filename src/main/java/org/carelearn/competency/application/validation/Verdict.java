package org.carelearn.competency.application.validation;

/** The validator's verdict on one indicator, as the form sends it: met or not met, with an optional comment. */
public record Verdict(String indicatorIdentifier, boolean met, String comment) {
}
