package org.carelearn.xapi.domain.format;

import java.util.regex.Pattern;

/**
 * Syntax check for the absolute IRIs that xAPI uses as identifiers (verb ids, activity ids,
 * activity types, extension keys, usage types, openids).
 *
 * <p>Why a hand-written check instead of {@link java.net.URI}: {@code URI} rejects non-ASCII
 * characters, which RFC 3987 IRIs allow, and it accepts relative references, which xAPI does not.
 * The conformance suite rejects values without a scheme ({@code www.example.com/verb}), with an
 * illegal scheme ({@code ab=c://x}) or with spaces ({@code should fail}); that is exactly what this
 * check enforces, plus the characters RFC 3987 never allows unencoded.
 */
public final class Iri {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");
    private static final String FORBIDDEN = "<>\"{}|\\^`";

    private Iri() {
    }

    /** @return true when {@code value} is an absolute IRI (scheme, colon, non-empty rest). */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        var scheme = SCHEME.matcher(value);
        if (!scheme.find()) {
            return false;
        }
        String rest = value.substring(scheme.end());
        if (rest.isEmpty()) {
            return false;
        }
        if (rest.startsWith("//") && authorityOf(rest).isEmpty() && !rest.startsWith("///")) {
            return false;
        }
        return hasOnlyIriCharacters(rest);
    }

    private static String authorityOf(String hierPart) {
        String afterSlashes = hierPart.substring(2);
        int end = afterSlashes.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = afterSlashes.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return afterSlashes.substring(0, end);
    }

    private static boolean hasOnlyIriCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
                return false;
            }
            if (c == '%' && !(i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
