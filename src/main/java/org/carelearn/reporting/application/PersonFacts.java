package org.carelearn.reporting.application;

import java.util.List;

/** Everything the coverage read model holds of one person. */
public record PersonFacts(ReportPerson person, List<ReportNeed> needs, List<ReportEvidence> evidence) {

    public PersonFacts {
        needs = List.copyOf(needs);
        evidence = List.copyOf(evidence);
    }
}
