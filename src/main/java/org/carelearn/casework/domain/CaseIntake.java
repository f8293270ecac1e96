package org.carelearn.casework.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What intake records of a new case (the form, the REST call or a row of the hospital's complaint system):
 * checked by {@link CaseRecord#receive}.
 *
 * @param externalNumber the case number in the hospital's complaint system, or null for a case recorded here
 * @param categories category codes, at least one, from the taxonomy's active categories
 * @param staffInvolved employee ids of the staff the case names, possibly none
 */
public record CaseIntake(String externalNumber, CaseKind kind, Channel channel, LocalDate receivedOn,
        RaisedBy raisedBy, PatientReference patient, String departmentCode, StageOfCare stage, Set<String> categories,
        Severity severity, String summary, Set<String> staffInvolved) {

    public CaseIntake {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        staffInvolved = staffInvolved == null ? Set.of() : Set.copyOf(staffInvolved);
    }
}
