package org.carelearn.staff.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void lengthMattersNotComposition() {
        assertDoesNotThrow(() -> PasswordPolicy.check("a.ruiz", "quiet harbour lantern".toCharArray()));
        assertEquals("The new password must be at least 12 characters long",
                assertThrows(BusinessRuleException.class, () -> PasswordPolicy.check("a.ruiz", "Sh0rt!pass".toCharArray()))
                        .getMessage());
    }

    @Test
    void commonPasswordsAndTheUserNameAreRefused() {
        assertThrows(BusinessRuleException.class, () -> PasswordPolicy.check("a.ruiz", "Password1234".toCharArray()));
        assertEquals("The new password must not contain your user name", assertThrows(BusinessRuleException.class,
                () -> PasswordPolicy.check("aruiz", "my-name-is-ARUIZ-ok".toCharArray())).getMessage());
    }
}
