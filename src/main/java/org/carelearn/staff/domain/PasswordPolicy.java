package org.carelearn.staff.domain;

import java.util.Locale;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;

/**
 * What a password must be. Following NIST SP 800-63B (section 5.1.1.2, memorized secrets): length
 * matters more than composition, so CareLearn asks for at least 12 characters, no composition rules,
 * and refuses passwords that are commonly used or contain the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Passwords that appear at the top of every breach list, and hospital-flavoured variants of them. */
    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas",
            "passwordpassword", "welcome12345", "welcome123456", "changeme1234", "letmein12345", "iloveyou1234",
            "hospital1234", "nurse1234567", "carelearn123", "carelearn1234", "password123!", "abcdefghijkl",
            "111111111111", "000000000000", "administrator");

    private PasswordPolicy() {
    }

    /** Throws with a message for the person choosing the password when it is not acceptable. */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new BusinessRuleException("The new password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length > MAX_LENGTH) {
            throw new BusinessRuleException("The new password must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new BusinessRuleException("That password is too common; choose a longer phrase of your own");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessRuleException("The new password must not contain your user name");
        }
    }
}
