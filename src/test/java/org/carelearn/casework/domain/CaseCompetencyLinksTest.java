package org.carelearn.casework.domain;

import static org.carelearn.casework.domain.SampleCases.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/**
 * What a case needs of its people: the competencies its categories and its kind link to; a grievance only for an
 * owner who holds what every grievance's owner needs, unless a manager overrides with a reason, kept on the case;
 * and a case review's gap only for staff the case names, with what closes it and why.
 */
class CaseCompetencyLinksTest {

    private static final String EMPATHY = "18ffcc5d-a164-5eb7-b13d-5de6362d6772";
    private static final String LANGUAGE = "81824fe3-0b2e-57f9-b3b3-93c69436ec83";
    private static final String GRIEVANCES = "3b9895c7-609a-5a00-a505-9e27ff3e5cc7";
    private static final List<CompetencyLink> DEMO = List.of(new CompetencyLink("COMMUNICATION", EMPATHY),
            new CompetencyLink("LISTENING", EMPATHY), new CompetencyLink("LANGUAGE_ACCESS", LANGUAGE),
            new CompetencyLink(CompetencyLink.ANY_GRIEVANCE, GRIEVANCES));
    private static final OwnerFitness COMPETENT = new OwnerFitness("LR2003", "Lucia Ferreira", List.of());
    private static final OwnerFitness NOT_COMPETENT = new OwnerFitness("LR2004", "Jamal Whitaker",
            List.of("Complaint and grievance handling"));

    @Test
    void aCaseNeedsItsCategoriesCompetenciesAndAGrievanceAlsoWhatEveryGrievanceNeeds() {
        CaseCompetencies links = new CaseCompetencies(DEMO);
        assertEquals(Set.of(EMPATHY), links.neededBy(CaseKind.COMPLAINT, Set.of("COMMUNICATION", "LISTENING")));
        assertEquals(List.of(GRIEVANCES, EMPATHY, LANGUAGE),
                List.copyOf(links.neededBy(CaseKind.GRIEVANCE, Set.of("LANGUAGE_ACCESS", "COMMUNICATION"))));
        assertEquals(Set.of(), links.neededBy(CaseKind.COMPLAINT, Set.of("BILLING")));
        assertEquals(Set.of(GRIEVANCES), links.forOwnerOfGrievance());
    }

    @Test
    void aGrievanceGoesToSomeoneCompetentWithoutAnOverride() {
        CaseRecord c = SampleCases.grievance();
        assertEquals(Optional.empty(), c.giveTo(COMPETENT, null, false, AT, "liaison"));
        assertEquals("LR2003", c.getOwnerEmployeeId());
        assertTrue(c.getOverrides().isEmpty());
    }

    @Test
    void aGrievanceToSomeoneNotCompetentIsRefusedWithTheReasonAndChangesNothing() {
        CaseRecord c = SampleCases.grievance();
        BusinessRuleException noReason = assertThrows(BusinessRuleException.class,
                () -> c.giveTo(NOT_COMPETENT, " ", true, AT, "prmanager"));
        assertTrue(noReason.getMessage().contains("Jamal Whitaker is not currently competent in Complaint and"
                + " grievance handling"), noReason.getMessage());
        BusinessRuleException notManager = assertThrows(BusinessRuleException.class,
                () -> c.giveTo(NOT_COMPETENT, "Lucia is away", false, AT, "liaison"));
        assertTrue(notManager.getMessage().contains("only a manager"), notManager.getMessage());
        assertEquals(null, c.getOwnerEmployeeId());
        assertEquals(1, c.getHistory().size());
    }

    @Test
    void aManagersOverrideWithAReasonIsKeptOnTheCase() {
        CaseRecord c = SampleCases.grievance();
        OwnerOverride o = c.giveTo(NOT_COMPETENT, "The only liaison who speaks the family's language", true, AT,
                "prmanager").orElseThrow();
        assertEquals("LR2004", c.getOwnerEmployeeId());
        assertEquals("Complaint and grievance handling", o.getNotHeld());
        assertEquals(List.of(o), c.getOverrides());
        assertTrue(c.getHistory().get(c.getHistory().size() - 1).getNote().contains("manager override"));
    }

    @Test
    void aComplaintGoesToAnyoneActive() {
        CaseRecord c = SampleCases.complaint();
        assertEquals(Optional.empty(), c.giveTo(NOT_COMPETENT, null, false, AT, "liaison"));
        assertEquals("LR2004", c.getOwnerEmployeeId());
    }

    @Test
    void aGapIsForStaffTheCaseNamesWithWhatClosesItAndWhy() {
        CaseRecord c = SampleCases.complaint();
        assertThrows(BusinessRuleException.class, () -> CaseGap.record(c, "LR9999", EMPATHY, CaseGap.Remedy.COURSE,
                "https://carelearn.example/courses/empathetic-communication", "Did not explain", AT, "LR3001"));
        BusinessRuleException noCourse = assertThrows(BusinessRuleException.class, () -> CaseGap.record(c, "LR3002",
                EMPATHY, CaseGap.Remedy.COURSE, null, "Did not explain", AT, "LR3001"));
        assertTrue(noCourse.getMessage().contains("Choose the course"), noCourse.getMessage());
        BusinessRuleException noNote = assertThrows(BusinessRuleException.class, () -> CaseGap.record(c, "LR3002",
                EMPATHY, CaseGap.Remedy.VALIDATION, null, "  ", AT, "LR3001"));
        assertTrue(noNote.getMessage().contains("Say what the review found"), noNote.getMessage());
    }
}
