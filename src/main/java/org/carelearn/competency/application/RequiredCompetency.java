package org.carelearn.competency.application;

/** A competency a person's job requires: the level it needs and how many months a showing stays current. */
public record RequiredCompetency(String competencyIdentifier, int level, int monthsCurrent) {
}
