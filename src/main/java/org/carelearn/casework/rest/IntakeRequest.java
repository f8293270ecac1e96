package org.carelearn.casework.rest;

import java.time.LocalDate;
import java.util.Set;
import org.carelearn.casework.domain.CaseIntake;
import org.carelearn.casework.domain.CaseKind;
import org.carelearn.casework.domain.Channel;
import org.carelearn.casework.domain.PatientReference;
import org.carelearn.casework.domain.RaisedBy;
import org.carelearn.casework.domain.Severity;
import org.carelearn.casework.domain.StageOfCare;

/**
 * A new case as another system or a script sends it. The case checks every field itself and says what is wrong;
 * nothing is checked twice here.
 */
public record IntakeRequest(String externalNumber, CaseKind kind, Channel channel, LocalDate receivedOn,
        RaisedBy raisedBy, String patientId, String patientInitials, String departmentCode, StageOfCare stage,
        Set<String> categories, Severity severity, String summary, Set<String> staffInvolved,
        String ownerEmployeeId) {

    CaseIntake toIntake() {
        return new CaseIntake(externalNumber, kind, channel, receivedOn, raisedBy,
                PatientReference.of(patientId, patientInitials), departmentCode, stage, categories, severity, summary,
                staffInvolved);
    }
}
