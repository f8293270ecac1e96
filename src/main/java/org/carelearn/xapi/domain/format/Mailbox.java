package org.carelearn.xapi.domain.format;

import java.util.regex.Pattern;

/**
 * Syntax check for the {@code mbox} inverse functional identifier.
 *
 * <p>xAPI requires {@code mailto:email-address}. The suite rejects other schemes
 * ({@code http://...}) and a mailto without an address ({@code mailto:should.fail.com}), so the
 * check demands the scheme and a single {@code @} with text on both sides and no whitespace.
 */
public final class Mailbox {

    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+$");

    private Mailbox() {
    }

    /** @return true when {@code value} is a {@code mailto:} IRI holding one email address. */
    public static boolean isValid(String value) {
        return value != null && MAILTO.matcher(value).matches();
    }
}
