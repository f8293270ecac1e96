package org.carelearn.competency.application.validation;

import java.io.Serializable;
import java.time.Instant;

/**
 * A request for an observed validation as the person's profile shows it.
 *
 * @param renewal whether CareLearn asked for it, to renew a lapsing competency no course renews
 */
public record RequestView(long id, String employeeId, String competencyIdentifier, String competencyTitle,
        Instant requestedAt, String requestedBy, String note, String stateLabel, boolean open, boolean renewal)
        implements Serializable {
}
