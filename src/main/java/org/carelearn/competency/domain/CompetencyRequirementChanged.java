package org.carelearn.competency.domain;

import org.carelearn.platform.security.Actor;

/**
 * The level a job role needs of a competency, or a course's mapping to one, was set, changed or removed; fired in
 * the transaction that changed it.
 *
 * @param detail what changed, in words ("Nurse in Oncology needs Sharing difficult news: Level 2, Competent")
 */
public record CompetencyRequirementChanged(Actor actor, Change change, String competencyIdentifier, String detail) {

    /** What kind of setting changed. */
    public enum Change {
        REQUIREMENT_SET, REQUIREMENT_REMOVED, COURSE_MAPPING_SET, COURSE_MAPPING_REMOVED
    }
}
