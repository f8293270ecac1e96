package org.carelearn.casework.web;

import java.util.Locale;

/** What the case pages share: reading the employee id out of a chosen suggestion. */
final class CaseForms {

    private CaseForms() {
    }

    /** "Aisha Bello (LR3002)" and "lr3002" both mean LR3002. */
    static String idOf(String chosen) {
        String text = chosen.strip();
        int open = text.lastIndexOf('(');
        if (open >= 0 && text.endsWith(")")) {
            text = text.substring(open + 1, text.length() - 1);
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
