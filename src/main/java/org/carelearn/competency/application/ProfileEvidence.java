package org.carelearn.competency.application;

import java.util.List;

/** What a person's profile reads of their evidence: every piece as values, with its verdicts. */
public interface ProfileEvidence {

    /** The person's evidence, the latest given first (then the latest recorded). */
    List<EvidencePiece> of(String employeeId);
}
