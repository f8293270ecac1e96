package org.carelearn.learning.application;

import java.time.Instant;

/** A certificate as other contexts see it: whose, for which course (title and version as issued), its code. */
public record IssuedCertificate(long enrolmentId, String employeeId, String courseIri, String courseTitle,
        int courseVersion, String code, Instant completedAt) {
}
