package org.carelearn.platform.persistence;

import java.util.Locale;

/**
 * LIKE patterns built from what a person typed into a filter box: their {@code %} and {@code _} are
 * matched literally, never as wildcards. Use with {@link #ESCAPE} as the escape character.
 */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** Case-insensitive "starts with": compare against the lower-cased column. */
    public static String startsWith(String typed) {
        return escape(typed) + "%";
    }

    /** Case-insensitive "contains": compare against the lower-cased column. */
    public static String contains(String typed) {
        return "%" + escape(typed) + "%";
    }

    private static String escape(String typed) {
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (char c : lower.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
