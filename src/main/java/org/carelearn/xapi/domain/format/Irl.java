package org.carelearn.xapi.domain.format;

/**
 * Syntax check for IRLs (account homePage, activity moreInfo, attachment fileUrl).
 *
 * <p>An IRL is an IRI that is meant to be dereferenced. Whether it really resolves cannot be known
 * at the edge (and the spec does not ask an LRS to fetch it), so the check is the IRI syntax check;
 * the separate class keeps the intent visible at the call site and gives one place to tighten the
 * rule later.
 */
public final class Irl {

    private Irl() {
    }

    /** @return true when {@code value} is an absolute IRI usable as a locator. */
    public static boolean isValid(String value) {
        return Iri.isValid(value);
    }
}
