package org.carelearn.xapi.domain.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check for ISO 8601 durations as used by {@code result.duration}.
 *
 * <p>Accepts the designator form {@code PnYnMnDTnHnMnS} (any subset, at least one component,
 * {@code T} only when a time component follows) and the week form {@code PnW}, which ISO 8601
 * does not allow to be combined with other components. The suite accepts {@code PT4H35M59.14S},
 * {@code P3Y}, {@code P4W} and rejects {@code P4W1D} and {@code PA1H0M0S}. A decimal fraction
 * ({@code .} or {@code ,}) is only allowed on the smallest component present, as ISO 8601 says.
 * The alternative {@code PYYYY-MM-DDThh:mm:ss} form is not accepted: xAPI never shows it and the
 * ADL reference implementations do not accept it either.
 */
public final class IsoDuration {

    private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern DESIGNATORS = Pattern.compile(
            "^P(?:" + NUM + "Y)?(?:" + NUM + "M)?(?:" + NUM + "D)?"
                    + "(?:T(?:" + NUM + "H)?(?:" + NUM + "M)?(?:" + NUM + "S)?)?$");
    private static final Pattern WEEKS = Pattern.compile("^P" + NUM + "W$");
    private static final Pattern FRACTION_OF_SECONDS = Pattern.compile("(\\d+)[.,](\\d+)S$");

    private IsoDuration() {
    }

    /** @return true when {@code value} is an ISO 8601 duration in designator or week form. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        if (WEEKS.matcher(value).matches()) {
            return true;
        }
        Matcher m = DESIGNATORS.matcher(value);
        if (!m.matches()) {
            return false;
        }
        int last = 0;
        for (int g = 1; g <= 6; g++) {
            if (m.group(g) != null) {
                last = g;
            }
        }
        if (last == 0) {
            return false; // "P" or "PT" alone
        }
        if (value.endsWith("T")) {
            return false; // "P1DT": T without a time component
        }
        for (int g = 1; g < last; g++) {
            String part = m.group(g);
            if (part != null && (part.contains(".") || part.contains(","))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The duration as it takes part in a comparison (of a statement sent again, of a statement and its
     * signature): seconds cut to hundredths, since precision beyond 0.01 s is not compared (xAPI 1.0.3, Part
     * Two, 4.6.s1.b5; IEEE 9274.1.1 says the same). Truncated, not rounded: "0.129S" compares as "0.12S".
     */
    public static String comparable(String value) {
        Matcher seconds = FRACTION_OF_SECONDS.matcher(value);
        if (!seconds.find()) {
            return value;
        }
        String fraction = seconds.group(2).length() > 2 ? seconds.group(2).substring(0, 2) : seconds.group(2);
        fraction = fraction.replaceAll("0+$", "");
        return value.substring(0, seconds.start()) + seconds.group(1) + (fraction.isEmpty() ? "" : "." + fraction) + "S";
    }
}
