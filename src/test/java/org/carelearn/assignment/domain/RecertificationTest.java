package org.carelearn.assignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class RecertificationTest {

    @Test
    void annualTrainingWithASixtyDayWindowOpensOnTheFirstOfJanuaryForAMarchCompletion() {
        Round next = new Recertification(12, 60).after(LocalDate.of(2026, 3, 1));

        assertEquals(new Round(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1)), next);
        assertFalse(next.isOpen(LocalDate.of(2026, 12, 31)));
        assertTrue(next.isOpen(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void zeroMonthsIsRefusedWithAClearMessage() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> new Recertification(0, 30));

        assertEquals("Recertification must come every 1 to 120 months, not every 0", e.getMessage());
    }

    @Test
    void theWindowMustFitInsideTheValidity() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> new Recertification(1, 60));

        assertEquals("The window before recertification is due must be between 1 and 28 days for every 1 months,"
                + " not 60", e.getMessage());
        assertThrows(BusinessRuleException.class, () -> new Recertification(12, 0));
    }

    @Test
    void aCompletionAtTheEndOfAMonthIsDueOnTheLastDayOfTheShorterMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), new Recertification(12, 30).after(LocalDate.of(2026, 2, 28)).dueOn());
        assertEquals(LocalDate.of(2026, 4, 30), new Recertification(1, 10).after(LocalDate.of(2026, 3, 31)).dueOn());
    }
}
