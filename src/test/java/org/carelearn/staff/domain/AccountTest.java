package org.carelearn.staff.domain;

import static org.carelearn.staff.domain.StaffFixtures.NOW;
import static org.carelearn.staff.domain.StaffFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Role;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Account account = new Account("A.Ruiz", person("E1"), EnumSet.of(Role.LEARNER));

    @Test
    void aNewAccountHasNoPasswordAndMustChooseOne() {
        assertEquals("a.ruiz", account.getUsername());
        assertFalse(account.hasPassword());
        assertTrue(account.isMustChangePassword());
    }

    @Test
    void theFifthFailureInARowLocksForTheLockoutPeriod() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(account.recordFailedSignIn(NOW, 5, LOCKOUT), "failure " + i + " must not lock");
        }
        assertTrue(account.recordFailedSignIn(NOW, 5, LOCKOUT));
        assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(NOW.plus(LOCKOUT).plusSeconds(1)), "the lock ends by itself");
        assertFalse(account.recordFailedSignIn(NOW.plusSeconds(5), 5, LOCKOUT), "failures while locked do not extend it");
        assertEquals(NOW.plus(LOCKOUT), account.getLockedUntil());
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        account.recordFailedSignIn(NOW, 5, LOCKOUT);
        account.recordFailedSignIn(NOW, 5, LOCKOUT);
        account.recordSignIn(NOW);
        assertEquals(0, account.getFailedAttempts());
        assertEquals(NOW, account.getLastSignInAt());
    }

    @Test
    void aTemporaryPasswordUnlocksAndMustBeChanged() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW, 5, LOCKOUT);
        }
        account.issueTemporaryPassword("$2a$12$hash", NOW);
        assertFalse(account.isLocked(NOW));
        assertTrue(account.isMustChangePassword());
        account.changePassword("$2a$12$other", NOW);
        assertFalse(account.isMustChangePassword());
    }

    @Test
    void everyAccountKeepsAtLeastOneRole() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> account.grant(Set.of()));
        assertEquals("An account needs at least one role", e.getMessage());
        assertEquals(Set.of(Role.LEARNER), account.getRoles());
    }

    @Test
    void userNamesArePlainLowerCase() {
        assertThrows(BusinessRuleException.class, () -> Account.normalizeUsername("a ruiz"));
        assertThrows(BusinessRuleException.class, () -> Account.normalizeUsername("x"));
        assertEquals("lr3002", Account.normalizeUsername("LR3002"));
    }
}
