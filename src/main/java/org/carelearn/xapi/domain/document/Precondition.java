package org.carelearn.xapi.domain.document;

import java.util.Locale;

/**
 * The If-Match and If-None-Match headers of a request that changes a document (RFC 7232, 3.1 and 3.2, as
 * xAPI 1.0.3 Part Three 3.1 asks). Either header holds "*" or a comma-separated list of entity tags, quoted
 * or not, weak or strong; documents have only strong tags, and a weak one in the request is compared by its
 * value, as RFC 7232 allows for If-None-Match.
 *
 * @param ifMatch     the If-Match header, or null
 * @param ifNoneMatch the If-None-Match header, or null
 */
public record Precondition(String ifMatch, String ifNoneMatch) {

    public static final Precondition NONE = new Precondition(null, null);

    public Precondition {
        ifMatch = blankToNull(ifMatch);
        ifNoneMatch = blankToNull(ifNoneMatch);
    }

    /** Whether the request states any precondition at all. */
    public boolean isPresent() {
        return ifMatch != null || ifNoneMatch != null;
    }

    /**
     * Whether the request may go ahead.
     *
     * @param currentEtag the unquoted tag of the stored document, or null when there is none
     */
    public boolean holds(String currentEtag) {
        if (ifMatch != null && (currentEtag == null || !listMatches(ifMatch, currentEtag))) {
            return false;
        }
        return ifNoneMatch == null || currentEtag == null || !listMatches(ifNoneMatch, currentEtag);
    }

    private static boolean listMatches(String header, String currentEtag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.toLowerCase(Locale.ROOT).equals(currentEtag.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String header) {
        return header == null || header.isBlank() ? null : header.strip();
    }
}
