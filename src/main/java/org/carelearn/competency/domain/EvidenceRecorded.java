package org.carelearn.competency.domain;

import org.carelearn.platform.security.Actor;

/** A piece of evidence was recorded (and its xAPI statement stored); fired in the transaction that stored it. */
public record EvidenceRecorded(Actor actor, long evidenceId, String employeeId, String competencyIdentifier,
        EvidenceKind kind, String detail) {
}
