package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the one entry of a language map that best fits the client's Accept-Language, for the
 * {@code canonical} statement format.
 *
 * <p>xAPI says to apply RFC 2616 Accept-Language matching to each language map separately. Ranges
 * are tried in descending q order (q=0 ranges are ignored). For one range, an exact tag wins, then a
 * tag the range is a prefix of ({@code en} matches {@code en-GB}); if neither exists the range is
 * truncated RFC 4647 "lookup" style and tried again ({@code de-CH} finds {@code de}) before the next,
 * less preferred range is considered, so a Swiss German reader gets German rather than a lower-rated
 * English. {@code *} takes the first entry. When nothing matches, the map's first entry is used so
 * that canonical output always carries exactly one language.
 */
public final class LanguagePreference {

    private final List<String> ranges;

    private LanguagePreference(List<String> ranges) {
        this.ranges = ranges;
    }

    /** @param ranges language ranges, most preferred first */
    public static LanguagePreference of(List<String> ranges) {
        return new LanguagePreference(ranges.stream().map(r -> r.trim().toLowerCase(Locale.ROOT)).toList());
    }

    /** Parses an Accept-Language header value ({@code null} or blank means no preference). */
    public static LanguagePreference parse(String acceptLanguage) {
        record Weighted(String range, double q, int order) {
        }
        List<Weighted> weighted = new ArrayList<>();
        if (acceptLanguage != null) {
            String[] parts = acceptLanguage.split(",");
            for (int i = 0; i < parts.length; i++) {
                String[] fields = parts[i].trim().split(";");
                String range = fields[0].trim();
                double q = 1.0;
                for (int f = 1; f < fields.length; f++) {
                    String param = fields[f].trim();
                    if (param.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(param.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (!range.isEmpty() && q > 0) {
                    weighted.add(new Weighted(range, q, i));
                }
            }
        }
        weighted.sort(Comparator.comparingDouble(Weighted::q).reversed().thenComparingInt(Weighted::order));
        return of(weighted.stream().map(Weighted::range).toList());
    }

    /** @return the key of {@code languageMap} to keep, or empty when the map is empty */
    public Optional<String> choose(JsonObject languageMap) {
        if (languageMap.isEmpty()) {
            return Optional.empty();
        }
        for (String range : ranges) {
            if (range.equals("*")) {
                return Optional.of(languageMap.keySet().iterator().next());
            }
            String candidate = range;
            while (true) {
                Optional<String> match = exact(languageMap, candidate);
                if (match.isEmpty()) {
                    match = prefixed(languageMap, candidate);
                }
                if (match.isPresent()) {
                    return match;
                }
                if (!candidate.contains("-")) {
                    break;
                }
                candidate = candidate.substring(0, candidate.lastIndexOf('-'));
            }
        }
        return Optional.of(languageMap.keySet().iterator().next());
    }

    private static Optional<String> prefixed(JsonObject map, String range) {
        return map.keySet().stream()
                .filter(tag -> tag.toLowerCase(Locale.ROOT).startsWith(range + "-"))
                .findFirst();
    }

    private static Optional<String> exact(JsonObject map, String tag) {
        return map.keySet().stream().filter(k -> k.equalsIgnoreCase(tag)).findFirst();
    }
}
