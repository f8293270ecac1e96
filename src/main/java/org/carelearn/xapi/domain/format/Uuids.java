package org.carelearn.xapi.domain.format;

import java.util.regex.Pattern;

/**
 * Syntax check for UUIDs (statement id, StatementRef id, context registration).
 *
 * <p>xAPI asks for the RFC 4122 string form. The conformance suite only rejects values that are
 * not 8-4-4-4-12 hex groups (too many digits, a non-hex letter, numbers, objects), and its own
 * ids are upper- or lower-case, so the check is the string form, case-insensitive, with no
 * restriction on version or variant bits: rejecting a well-formed id because of its version nibble
 * would refuse statements other LRSs accept.
 */
public final class Uuids {

    private static final Pattern FORM = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Uuids() {
    }

    /** @return true when {@code value} is a UUID in its canonical string form (any case). */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }
}
