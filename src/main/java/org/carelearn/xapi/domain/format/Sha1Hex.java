package org.carelearn.xapi.domain.format;

import java.util.regex.Pattern;

/** Syntax check for {@code mbox_sha1sum}: the spec defines it as the hex SHA-1 of a mailto IRI. */
public final class Sha1Hex {

    private static final Pattern HEX40 = Pattern.compile("^[0-9a-fA-F]{40}$");

    private Sha1Hex() {
    }

    /** @return true when {@code value} is exactly 40 hexadecimal characters. */
    public static boolean isValid(String value) {
        return value != null && HEX40.matcher(value).matches();
    }
}
