package org.carelearn.casework.application;

import java.io.Serializable;

/**
 * A case as one person may see it: the whole case, or, for staff it only names, the line without the patient.
 * Exactly one of the two is set.
 */
public record CaseView(CaseDetails details, CaseLine named) implements Serializable {

    public boolean whole() {
        return details != null;
    }

    public CaseLine line() {
        return details != null ? details.line() : named;
    }
}
