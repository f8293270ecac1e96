package org.carelearn.assignment.domain;

import static org.carelearn.assignment.domain.Fixtures.ANA;
import static org.carelearn.assignment.domain.Fixtures.MARIA;
import static org.carelearn.assignment.domain.Fixtures.TOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void onePersonReachesThatPersonAlone() {
        assertTrue(Target.person("lr3002").reaches(ANA));
        assertFalse(Target.person("LR3002").reaches(MARIA));
    }

    @Test
    void directReportsReachOneLevelAndTheWholeLineEveryLevelBelow() {
        assertTrue(Target.directReportsOf("LR3001").reaches(ANA));
        assertFalse(Target.directReportsOf("LR1001").reaches(ANA), "Ana reports to Maria, not to the director");
        assertTrue(Target.lineOf("LR1001").reaches(ANA));
        assertTrue(Target.lineOf("LR1001").reaches(MARIA));
        assertFalse(Target.lineOf("LR3001").reaches(MARIA), "a manager is not in her own line");
    }

    @Test
    void departmentsAndJobRolesMatchByCode() {
        assertTrue(Target.department("ONC").reaches(ANA));
        assertFalse(Target.department("ONC").reaches(TOM));
        assertTrue(Target.jobRole("ONC-RN").reaches(ANA));
        assertTrue(Target.jobRole("ONC-RN").reaches(TOM));
        assertTrue(Target.jobRoleInDepartment("ONC-RN", "ONC").reaches(ANA));
        assertFalse(Target.jobRoleInDepartment("ONC-RN", "ONC").reaches(TOM), "an oncology nurse in surgery");
    }

    @Test
    void nobodyOutOfActiveServiceIsReached() {
        Person left = new Person("LR3002", "Ana Ruiz", "ONC", "ONC-RN", List.of("LR3001"), null, false);

        assertFalse(Target.person("LR3002").reaches(left));
        assertFalse(Target.jobRole("ONC-RN").reaches(left));
    }

    @Test
    void aTargetWithoutWhatItsKindNeedsIsRefused() {
        assertEquals("Choose whom the training is for: a person, a manager's team or line, a department or a job role",
                assertThrows(BusinessRuleException.class, () -> Target.of(null, "LR3002", null, null)).getMessage());
        assertEquals("Say whom the training is for: the job role is missing", assertThrows(BusinessRuleException.class,
                () -> Target.of(TargetKind.JOB_ROLE_IN_DEPARTMENT, null, "ONC", " ")).getMessage());
        assertEquals("Say whom the training is for: the manager's employee id is missing", assertThrows(BusinessRuleException.class,
                () -> Target.of(TargetKind.WHOLE_LINE, null, null, null)).getMessage());
    }
}
