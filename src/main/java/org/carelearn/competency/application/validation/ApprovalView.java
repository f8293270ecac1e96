package org.carelearn.competency.application.validation;

import java.io.Serializable;
import java.time.Instant;

/** An active approval of a validator for one competency, as the administrators' page lists it. */
public record ApprovalView(long id, String validatorId, String validatorName, String departmentName,
        String competencyIdentifier, String competencyTitle, String frameworkTitle, boolean mayValidateOwnManager,
        Instant approvedAt, String approvedBy) implements Serializable {
}
