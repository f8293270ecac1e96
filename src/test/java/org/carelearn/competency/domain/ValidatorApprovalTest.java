package org.carelearn.competency.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ValidatorApprovalTest {

    private static final String GRIEVANCES = "grievance-handling";

    @Test
    void anApprovedValidatorValidatesSomeoneElse() {
        assertDoesNotThrow(() -> new ValidatorApproval("V200", GRIEVANCES, false).check("N300", GRIEVANCES, "M100"));
    }

    @Test
    void nobodyValidatesThemselves() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> new ValidatorApproval("V200", GRIEVANCES, true).check("V200", GRIEVANCES, "M100"));

        assertEquals("Nobody validates their own competency: ask another approved validator", e.getMessage());
    }

    @Test
    void anApprovalCoversOnlyItsCompetency() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> new ValidatorApproval("V200", GRIEVANCES, false).check("N300", "service-recovery", "M100"));

        assertEquals("You are approved to validate grievance-handling, not service-recovery: an administrator"
                + " approves validators for each competency", e.getMessage());
    }

    @Test
    void aValidatorsOwnManagerOnlyWhenApprovedForIt() {
        assertThrows(BusinessRuleException.class,
                () -> new ValidatorApproval("V200", GRIEVANCES, false).check("M100", GRIEVANCES, "M100"));
        assertDoesNotThrow(() -> new ValidatorApproval("V200", GRIEVANCES, true).check("M100", GRIEVANCES, "M100"));
    }
}
