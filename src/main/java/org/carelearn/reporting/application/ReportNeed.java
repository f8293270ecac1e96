package org.carelearn.reporting.application;

/** A competency a person's job requires: the level and how many months a showing stays current. */
public record ReportNeed(String employeeId, String competencyIdentifier, int levelNeeded, int monthsCurrent) {
}
