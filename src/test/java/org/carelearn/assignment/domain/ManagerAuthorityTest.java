package org.carelearn.assignment.domain;

import static org.carelearn.assignment.domain.Fixtures.ANA;
import static org.carelearn.assignment.domain.Fixtures.MARIA;
import static org.carelearn.assignment.domain.Fixtures.TOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Maria (LR3001) manages Ana; Tom works for someone else. What Maria's rules may reach. */
class ManagerAuthorityTest {

    @Test
    void aJobRoleRuleOfAManagerReachesOnlyTheRoleWithinTheirLine() {
        Target limited = ManagerAuthority.limit(Target.jobRole("ONC-RN"), "LR3001", Optional.empty());

        assertTrue(limited.reaches(ANA), "Ana is an oncology nurse in Maria's line");
        assertFalse(limited.reaches(TOM), "Tom is an oncology nurse, but not in Maria's line");
        assertTrue(Target.jobRole("ONC-RN").reaches(TOM), "an administrator's rule reaches the whole hospital");
        assertEquals("job role ONC-RN in the line of LR3001", limited.describe());
    }

    @Test
    void aDepartmentRuleOfAManagerLeavesOutTheManagerThemself() {
        Target limited = ManagerAuthority.limit(Target.department("ONC"), "LR3001", Optional.empty());

        assertTrue(limited.reaches(ANA));
        assertFalse(limited.reaches(MARIA), "below the manager, not the manager");
    }

    @Test
    void aManagerAssignsToOnePersonOnlyInTheirLine() {
        assertEquals(Target.person("LR3002"),
                ManagerAuthority.limit(Target.person("LR3002"), "LR3001", Optional.of(ANA)));

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> ManagerAuthority.limit(Target.person("LR4001"), "LR3001", Optional.of(TOM)));
        assertEquals("You can assign training only to people in your line: LR4001 is not one of them",
                refused.getMessage());
        BusinessRuleException unknown = assertThrows(BusinessRuleException.class,
                () -> ManagerAuthority.limit(Target.person("LR9999"), "LR3001", Optional.empty()));
        assertEquals("You can assign training only to people in your line: LR9999 is not one of them",
                unknown.getMessage(), "the same words whether or not the person exists");
    }

    @Test
    void aManagerAssignsToTheirOwnTeamOrLineOrToThoseOfSomeoneInIt() {
        assertEquals(Target.lineOf("lr3001"),
                ManagerAuthority.limit(Target.lineOf("lr3001"), "LR3001", Optional.of(MARIA)));
        assertEquals(Target.directReportsOf("LR3002"),
                ManagerAuthority.limit(Target.directReportsOf("LR3002"), "LR3001", Optional.of(ANA)));
        assertThrows(BusinessRuleException.class,
                () -> ManagerAuthority.limit(Target.lineOf("LR4000"), "LR3001", Optional.empty()));
        assertThrows(BusinessRuleException.class,
                () -> ManagerAuthority.limit(Target.directReportsOf("LR1001"), "LR3001",
                        Optional.of(new Person("LR1001", "Dan", "EXEC", "DIR", java.util.List.of(), null, true))));
    }
}
