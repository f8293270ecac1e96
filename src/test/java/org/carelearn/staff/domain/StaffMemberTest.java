package org.carelearn.staff.domain;

import static org.carelearn.staff.domain.StaffFixtures.INFUSION;
import static org.carelearn.staff.domain.StaffFixtures.NOW;
import static org.carelearn.staff.domain.StaffFixtures.NURSE;
import static org.carelearn.staff.domain.StaffFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void employeeIdsAreComparedUpperCaseAndMustBePlain() {
        assertEquals("LR-1001", StaffMember.normalizeEmployeeId("  lr-1001 "));
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> StaffMember.normalizeEmployeeId("LR 1001"));
        assertTrue(e.getMessage().contains("'LR 1001'"), e.getMessage());
        assertThrows(BusinessRuleException.class, () -> StaffMember.normalizeEmployeeId(""));
    }

    @Test
    void aManagerChainMayNotLoop() {
        StaffMember director = person("E1");
        StaffMember manager = person("E2");
        StaffMember nurse = person("E3");
        manager.reportTo(director, NOW);
        nurse.reportTo(manager, NOW);

        BusinessRuleException loop = assertThrows(BusinessRuleException.class, () -> director.reportTo(nurse, NOW));
        assertTrue(loop.getMessage().contains("loop back to E1"), loop.getMessage());
        assertNull(director.getManager(), "a refused change leaves the manager as it was");
        assertThrows(BusinessRuleException.class, () -> nurse.reportTo(nurse, NOW));
    }

    @Test
    void anInactivePersonCannotTakeOnAnActiveReport() {
        StaffMember leaver = person("E1");
        leaver.deactivate(NOW);
        StaffMember nurse = person("E2");
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> nurse.reportTo(leaver, NOW));
        assertEquals("E1 is inactive and cannot be a manager", e.getMessage());
    }

    @Test
    void applyTellsWhetherAnythingChanged() {
        StaffMember nurse = person("E1");
        assertFalse(nurse.apply(StaffFixtures.details("e1@lindenridge.example"), NOW.plusSeconds(60)));
        assertEquals(NOW, nurse.getUpdatedAt());
        assertTrue(nurse.apply(StaffFixtures.details("Ana.Ruiz@LindenRidge.example"), NOW.plusSeconds(60)));
        assertEquals("ana.ruiz@lindenridge.example", nurse.getEmail(), "e-mail is stored lower case");
        assertEquals(NOW.plusSeconds(60), nurse.getUpdatedAt());
    }

    @Test
    void nobodyMovesIntoAnInactiveDepartmentButThoseAlreadyThereStay() {
        Department closing = new Department("OLD-CLINIC", "Old Clinic");
        StaffMember nurse = new StaffMember("E1", new StaffDetails(new PersonName("Ana", "Ruiz"), "e1@x.example",
                closing, NURSE, LocalDate.of(2020, 1, 1)), NOW);
        closing.deactivate();
        assertFalse(nurse.apply(new StaffDetails(new PersonName("Ana", "Ruiz"), "e1@x.example", closing, NURSE,
                LocalDate.of(2020, 1, 1)), NOW), "staying in an inactive department is allowed");

        StaffMember other = person("E2");
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> other.apply(
                new StaffDetails(new PersonName("Bo", "Li"), "e2@x.example", closing, NURSE, LocalDate.of(2020, 1, 1)),
                NOW));
        assertEquals("Department OLD-CLINIC is inactive", e.getMessage());
        assertSame(INFUSION, other.getDepartment());
    }

    @Test
    void requiredDetailsAreNamedWhenMissing() {
        assertEquals("Given name is required",
                assertThrows(BusinessRuleException.class, () -> new PersonName(" ", "Ruiz")).getMessage());
        assertEquals("E-mail 'not-an-address' is not a valid address", assertThrows(BusinessRuleException.class,
                () -> StaffFixtures.details("not-an-address")).getMessage());
        assertEquals("Hire date is required", assertThrows(BusinessRuleException.class,
                () -> new StaffDetails(new PersonName("A", "B"), "a@b.example", INFUSION, NURSE, null)).getMessage());
    }
}
