package org.carelearn.competency.application.validation;

import java.time.Instant;

/**
 * One open request on a validator's worklist: who is to be observed, where they work, in what, at which level
 * their job needs it, and since when they have been waiting.
 */
public record WorklistItem(long requestId, String employeeId, String personName, String jobRoleTitle,
        String departmentName, String competencyIdentifier, String competencyTitle, String levelNeeded,
        Instant requestedAt, String note) {
}
