package org.carelearn.competency.application;

/**
 * A requirement as the admin page and REST show it: the job role (and department, or null for every
 * department), the competency and the level it needs, and how many months a showing stays current.
 */
public record RequirementView(long id, String jobRoleCode, String jobRoleTitle, String departmentCode,
        String departmentName, String competencyIdentifier, String competencyTitle, int level, String levelLabel,
        int monthsCurrent) {
}
