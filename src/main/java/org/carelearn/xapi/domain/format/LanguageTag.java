package org.carelearn.xapi.domain.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Well-formedness check for RFC 5646 language tags (language map keys, context.language).
 *
 * <p>The check follows the RFC's ABNF (language, extlang, script, region, variants, extensions,
 * private use, grandfathered tags) without consulting the IANA registry: the suite uses registered
 * and unusual-but-valid tags such as {@code tlh} and rejects structurally impossible ones such as
 * {@code a12345678}, and a registry lookup would need data that changes over time.
 */
public final class LanguageTag {

    private static final Pattern LANGTAG = Pattern.compile(
            "^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})" // language + extlang
                    + "(?:-[a-z]{4})?" // script
                    + "(?:-(?:[a-z]{2}|[0-9]{3}))?" // region
                    + "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*" // variants
                    + "(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*" // extensions
                    + "(?:-x(?:-[a-z0-9]{1,8})+)?$"); // private use
    private static final Pattern PRIVATE_USE = Pattern.compile("^x(?:-[a-z0-9]{1,8})+$");
    private static final Set<String> GRANDFATHERED = Set.of(
            "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
            "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl",
            "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka",
            "zh-min", "zh-min-nan", "zh-xiang");

    private LanguageTag() {
    }

    /** @return true when {@code value} is a well-formed RFC 5646 language tag (case-insensitive). */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String tag = value.toLowerCase(Locale.ROOT);
        return GRANDFATHERED.contains(tag) || PRIVATE_USE.matcher(tag).matches()
                || (LANGTAG.matcher(tag).matches() && !hasRepeatedSingleton(tag));
    }

    /** RFC 5646 section 2.2.6: an extension singleton may appear at most once. */
    private static boolean hasRepeatedSingleton(String tag) {
        String[] subtags = tag.split("-");
        StringBuilder seen = new StringBuilder();
        for (int i = 1; i < subtags.length; i++) {
            String s = subtags[i];
            if (s.equals("x")) {
                return false;
            }
            if (s.length() == 1) {
                if (seen.indexOf(s) >= 0) {
                    return true;
                }
                seen.append(s);
            }
        }
        return false;
    }
}
