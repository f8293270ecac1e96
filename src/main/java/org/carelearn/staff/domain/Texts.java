package org.carelearn.staff.domain;

import org.carelearn.platform.BusinessRuleException;

/** Required free text: trimmed, not blank, not longer than its column. */
final class Texts {

    private Texts() {
    }

    static String required(String what, String text, int maxLength) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new BusinessRuleException(what + " is required");
        }
        if (value.length() > maxLength) {
            throw new BusinessRuleException(what + " must be at most " + maxLength + " characters");
        }
        return value;
    }
}
