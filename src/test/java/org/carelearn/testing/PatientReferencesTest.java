package org.carelearn.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The leak check finds what a leak would look like, and not what every log holds anyway. */
class PatientReferencesTest {

    @Test
    void findsEveryFixturesReferenceAndInitialsBesideTheirField() {
        assertEquals(1, PatientReferences.found("POST /api/cases body {\"patientId\":\"ITP-123456\"}", false).size());
        assertEquals(1, PatientReferences.found("opened LRP-104211 for review", false).size());
        assertEquals(1, PatientReferences.found("case BCP-555001", false).size());
        assertEquals(1, PatientReferences.found("case BRP-555001", false).size());
        assertEquals(1, PatientReferences.found("row 7: BP-0000042,XY", false).size());
        assertEquals(1, PatientReferences.found("IntakeRequest[patientId=X, patientInitials=NC]", false).size());
        assertEquals(1, PatientReferences.found("{\"patientInitials\": \"J.Q.\"}", false).size());
        assertEquals(1, PatientReferences.found("Dear team, about N.C. on the ward", true).size());
    }

    @Test
    void leavesAloneWhatIsNotAPatient() {
        for (String text : List.of("case_number,received_on,patient_id,patient_initials,department_code",
                "LRP-12345 is too short", "ITP-1234567 is too long", "A reminder from Rebecca Sorensen",
                "Deployed \"carelearn.war\" (runtime-name : \"carelearn.war\")", "N.C. outside mail")) {
            assertTrue(PatientReferences.found(text, false).isEmpty(), text);
        }
    }
}
