package org.carelearn.learning.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a certificate, such as {@code CL-7KQM-X2PD-RH4N}: "CL" and twelve characters from an
 * alphabet without the letters and digits people confuse when they copy a code by hand (0/O, 1/I). Twelve
 * characters from 32 are 60 random bits, which is what keeps codes from being guessed.
 */
public final class CertificateCode {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** More than anyone types for a 17-character code, even with spaces; longer input is not looked up. */
    public static final int MAX_TYPED_LENGTH = 40;

    private static final String PREFIX = "CL";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int group = 0; group < GROUPS; group++) {
            code.append('-');
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /**
     * A code as a person typed or pasted it, in the form it is stored in; empty when it cannot be a certificate
     * code. Case, spaces and dashes (any kind) do not matter, and the "CL" may be left out.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String characters = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\p{Pd}]", "");
        int length = GROUPS * GROUP_LENGTH;
        if (characters.length() == PREFIX.length() + length && characters.startsWith(PREFIX)) {
            characters = characters.substring(PREFIX.length());
        }
        if (characters.length() != length || !characters.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(PREFIX);
        for (int group = 0; group < GROUPS; group++) {
            code.append('-').append(characters, group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH);
        }
        return Optional.of(code.toString());
    }
}
