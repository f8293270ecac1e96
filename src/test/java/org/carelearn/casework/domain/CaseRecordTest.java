package org.carelearn.casework.domain;

import static org.carelearn.casework.domain.SampleCases.AT;
import static org.carelearn.casework.domain.SampleCases.LIAISON;
import static org.carelearn.casework.domain.SampleCases.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Role;
import org.junit.jupiter.api.Test;

/** A case moves only through its named steps, keeps every status, and refuses what its status does not allow. */
class CaseRecordTest {

    @Test
    void aWrittenComplaintIsRefusedBecauseItIsAlwaysAGrievance() {
        CaseIntake written = new CaseIntake(null, CaseKind.COMPLAINT, Channel.EMAIL, MONDAY, RaisedBy.PATIENT,
                PatientReference.of("MRN-1", "AB"), "INFUSION", StageOfCare.OUTPATIENT_TREATMENT, Set.of("BILLING"),
                Severity.LOW, "Bill arrived twice.", Set.of());
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> CaseRecord.receive(written, MONDAY, 7, AT, LIAISON));
        assertTrue(e.getMessage().contains("always a grievance"), e.getMessage());
    }

    @Test
    void theUsualPathKeepsEveryStatus() {
        CaseRecord c = SampleCases.grievance();
        c.acknowledge(AT, LIAISON);
        c.startInvestigation(AT, LIAISON);
        c.addNote("Spoke with the charge nurse.", AT, LIAISON);
        c.addServiceRecovery("Parking voucher and an apology call.", AT, LIAISON);
        c.respond(SampleCases.fullResponse(MONDAY.plusDays(5)), MONDAY.plusDays(5), AT, LIAISON);
        c.close("Interpreter booking changed for first infusions.", AT, LIAISON);
        assertEquals(List.of(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.INVESTIGATING,
                CaseStatus.RESPONDED, CaseStatus.CLOSED), c.getHistory().stream().map(StatusChange::getStatus).toList());
        assertEquals(2, c.getEntries().size());
        c.reopen("The patient wrote again.", AT, LIAISON);
        assertEquals(CaseStatus.REOPENED, c.getStatus());
        assertEquals("The patient wrote again.", c.getHistory().get(c.getHistory().size() - 1).getNote());
    }

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() {
        CaseRecord c = SampleCases.complaint();
        assertThrows(BusinessRuleException.class, () -> c.startInvestigation(AT, LIAISON));
        assertThrows(BusinessRuleException.class, () -> c.close("done", AT, LIAISON));
        assertThrows(BusinessRuleException.class, () -> c.reopen("again", AT, LIAISON));
        assertEquals(CaseStatus.RECEIVED, c.getStatus());
        assertEquals(1, c.getHistory().size());
    }

    @Test
    void aGrievanceResponseNamesContactStepsResultsAndDate() {
        CaseRecord c = SampleCases.grievance();
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> c.respond(
                new WrittenResponse(null, "Reviewed", "Fixed", MONDAY), MONDAY, AT, LIAISON));
        assertTrue(e.getMessage().contains("contact person"), e.getMessage());
        assertEquals(CaseStatus.RECEIVED, c.getStatus());
        assertNull(c.getResponse());
        CaseRecord complaint = SampleCases.complaint();
        complaint.respond(new WrittenResponse(null, null, "Apologised and explained the plan.", MONDAY), MONDAY, AT,
                LIAISON);
        assertEquals(CaseStatus.RESPONDED, complaint.getStatus());
    }

    @Test
    void aClosedCaseTakesNoNotesUntilReopened() {
        CaseRecord c = SampleCases.complaint();
        c.respond(new WrittenResponse(null, null, "Resolved at the bedside.", MONDAY), MONDAY, AT, LIAISON);
        c.close("Resolved", AT, LIAISON);
        assertThrows(BusinessRuleException.class, () -> c.addNote("late note", AT, LIAISON));
        assertThrows(BusinessRuleException.class, () -> c.assignOwner("LR2002", AT, LIAISON));
    }

    @Test
    void aGrievanceNeverBecomesAComplaintAgain() {
        CaseRecord c = SampleCases.grievance();
        CaseIntake asComplaint = new CaseIntake("CMP-2026-0001", CaseKind.COMPLAINT, Channel.TELEPHONE, MONDAY,
                RaisedBy.PATIENT, PatientReference.of("MRN-900002", "AB"), "INFUSION", StageOfCare.OUTPATIENT_TREATMENT,
                Set.of("COMMUNICATION"), Severity.LOW, "x", Set.of());
        assertThrows(BusinessRuleException.class, () -> c.revise(asComplaint, MONDAY, 7));
        assertFalse(c.revise(SampleCases.letter(), MONDAY, 7), "the same intake again changes nothing");
    }

    @Test
    void thePatientReferenceIsMinimalAndNeverPrinted() {
        assertThrows(BusinessRuleException.class, () -> PatientReference.of("MRN 1 John Smith", "JS"));
        assertThrows(BusinessRuleException.class, () -> PatientReference.of("MRN-1", "John"));
        PatientReference p = PatientReference.of("mrn-77", "j.s.");
        assertEquals("MRN-77", p.getIdentifier());
        assertEquals("JS", p.getInitials());
        assertFalse(p.toString().contains("MRN-77"));
        assertFalse(SampleCases.grievance().toString().contains("MRN"));
    }

    @Test
    void visibilityFollowsOwnerTeamManagersAndLeadership() {
        var owner = new CaseAccess.Viewer("LR2002", Set.of(Role.LEARNER));
        var relations = new CaseAccess.Viewer("LR2003", Set.of(Role.LEARNER, Role.PATIENT_RELATIONS));
        var leader = new CaseAccess.Viewer("LR1004", Set.of(Role.LEADERSHIP));
        var nursesManager = new CaseAccess.Viewer("LR3001", Set.of(Role.MANAGER));
        var nurse = new CaseAccess.Viewer("LR3002", Set.of(Role.LEARNER));
        var otherManager = new CaseAccess.Viewer("LR4001", Set.of(Role.MANAGER));
        var admin = new CaseAccess.Viewer("LR2006", Set.of(Role.ADMIN));
        Set<String> involved = Set.of("LR3002");
        Set<String> above = Set.of("LR2001", "LR1004", "LR3001", "LR1002", "LR1001");
        assertEquals(CaseAccess.Visibility.FULL, CaseAccess.of(owner, "LR2002", involved, above));
        assertEquals(CaseAccess.Visibility.FULL, CaseAccess.of(relations, "LR2002", involved, above));
        assertEquals(CaseAccess.Visibility.FULL, CaseAccess.of(leader, "LR2002", involved, above));
        assertEquals(CaseAccess.Visibility.FULL, CaseAccess.of(nursesManager, "LR2002", involved, above));
        assertEquals(CaseAccess.Visibility.NAMED, CaseAccess.of(nurse, "LR2002", involved, above));
        assertEquals(CaseAccess.Visibility.NONE, CaseAccess.of(otherManager, "LR2002", involved, above));
        assertEquals(CaseAccess.Visibility.NONE, CaseAccess.of(admin, "LR2002", involved, above));
        assertTrue(CaseAccess.mayWork(owner, "LR2002"));
        assertFalse(CaseAccess.mayWork(nursesManager, "LR2002"));
    }
}
