package org.carelearn.competency.domain;

import java.util.Set;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;

/** The checks every part of a framework definition shares, so each refusal reads the same way. */
final class Definitions {

    /**
     * CASE identifiers are UUIDs (1EdTech CASE 1.1 information model, "identifier"); CareLearn accepts any
     * version of UUID, since other tools mint them differently.
     */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Definitions() {
    }

    static String identifier(String value, String what) {
        String id = value == null ? "" : value.strip();
        if (!UUID.matcher(id).matches()) {
            throw new BusinessRuleException(what + " needs a UUID as its identifier, not \"" + id + "\"");
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    static String text(String value, int max, String what) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new BusinessRuleException(what + " must be 1 to " + max + " characters");
        }
        return text;
    }

    static String optional(String value, int max, String what) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new BusinessRuleException(what + " must be at most " + max + " characters");
        }
        return text;
    }

    static void unique(Set<String> seen, String identifier, String what) {
        if (!seen.add(identifier)) {
            throw new BusinessRuleException("The identifier " + identifier + " of the " + what
                    + " is used twice in the framework");
        }
    }
}
