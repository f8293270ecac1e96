package org.carelearn.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The active waiver of a requirement, as its pages show it: why, until when, who granted it and when.
 *
 * @param endsOn the last day it covers
 */
public record WaiverNote(Long waiverId, String reason, LocalDate endsOn, String grantedBy, Instant grantedAt) {
}
