package org.carelearn.staff.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;

/**
 * Codes that the HR feed and people type (department and job role codes): upper case letters, digits,
 * dash and underscore, so that "infusion" and "INFUSION" are one department.
 */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private Codes() {
    }

    static String normalize(String what, String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            throw new BusinessRuleException(what + " must be 1 to 32 letters, digits, '-' or '_' (was '"
                    + (code == null ? "" : code.strip()) + "')");
        }
        return normalized;
    }
}
