package org.carelearn.catalog.domain;

import java.util.regex.Pattern;

/**
 * Absolute IRIs (RFC 3987) as cmi5 ids must be: a scheme, a colon and something after it, and none of the
 * characters an IRI may never contain. Deliberately not java.net.URI, which refuses the non-ASCII letters
 * an IRI allows.
 */
public final class Iris {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+", Pattern.DOTALL);
    private static final String FORBIDDEN = " <>\"{}|\\^`";

    private Iris() {
    }

    public static boolean isAbsolute(String text) {
        if (text == null || !SCHEME.matcher(text).matches()) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x21 || c == 0x7F || FORBIDDEN.indexOf(c) >= 0);
    }
}
