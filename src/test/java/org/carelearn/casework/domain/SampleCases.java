package org.carelearn.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Cases for domain tests: fictional patients, a fixed clock. */
final class SampleCases {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");
    static final String LIAISON = "liaison";

    private SampleCases() {
    }

    static CaseIntake verbal(CaseKind kind) {
        return new CaseIntake(null, kind, Channel.TELEPHONE, MONDAY, RaisedBy.FAMILY_MEMBER,
                PatientReference.of("MRN-900001", "J.Q."), "ONC-INPT", StageOfCare.CARE_ON_THE_WARD,
                Set.of("COMMUNICATION"), Severity.MEDIUM, "Daughter was not told of the change in her father's"
                        + " treatment plan.", Set.of("LR3002"));
    }

    static CaseIntake letter() {
        return new CaseIntake("CMP-2026-0001", CaseKind.GRIEVANCE, Channel.LETTER, MONDAY, RaisedBy.PATIENT,
                PatientReference.of("MRN-900002", "AB"), "INFUSION", StageOfCare.OUTPATIENT_TREATMENT,
                Set.of("LANGUAGE_ACCESS", "COMMUNICATION"), Severity.HIGH,
                "No interpreter was offered at the first infusion.", Set.of("LR4002"));
    }

    static CaseRecord complaint() {
        return CaseRecord.receive(verbal(CaseKind.COMPLAINT), MONDAY, 7, AT, LIAISON);
    }

    static CaseRecord grievance() {
        return CaseRecord.receive(letter(), MONDAY, 7, AT, LIAISON);
    }

    static WrittenResponse fullResponse(LocalDate completedOn) {
        return new WrittenResponse("Grace Nakamura, Patient Relations Manager",
                "Interviewed the nurses on duty and reviewed the interpreter log.",
                "An interpreter is now booked with every first infusion.", completedOn);
    }
}
