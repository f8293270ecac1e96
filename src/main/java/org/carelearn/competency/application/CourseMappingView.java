package org.carelearn.competency.application;

/** A course's mapping to a competency as the admin page and REST show it: the level the course shows on its own. */
public record CourseMappingView(long id, String courseIri, String courseTitle, String competencyIdentifier,
        String competencyTitle, int level, String levelLabel) {
}
