package org.carelearn.competency.application;

import org.carelearn.competency.domain.Evidence;

/** One piece of evidence with its id and competency, as read models copy it. */
public record EvidenceFact(long evidenceId, String competencyIdentifier, Evidence evidence) {
}
