package org.carelearn.xapi.domain.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check and parse ISO 8601 date-times for {@code timestamp} and {@code stored}.
 *
 * <p>Accepted: extended calendar form {@code YYYY-MM-DDThh:mm[:ss[.fraction]]} followed by
 * {@code Z}, {@code ±hh:mm}, {@code ±hhmm}, {@code ±hh}, or nothing. Without an offset the spec lets
 * the LRS interpret the value as UTC, which {@link #parse} does.
 *
 * <p>Rejected on purpose: the "unknown local offset" forms {@code -00}, {@code -0000} and
 * {@code -00:00}. RFC 3339 uses them to say "the offset is unknown" and ISO 8601 forbids them;
 * the conformance suite expects 400 for each of the three. Calendar validity (month 1-12, day of
 * month, hour 0-23, minute and second 0-59, offset up to 18 hours) is checked too, so
 * {@code 2015-02-30T00:00Z} is rejected rather than silently rolled over.
 */
public final class IsoTimestamp {

    private static final Pattern FORM = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?)?$");

    private IsoTimestamp() {
    }

    /** @return true when {@code value} is an acceptable xAPI timestamp. */
    public static boolean isValid(String value) {
        return parse(value).isPresent();
    }

    /**
     * Parses a timestamp, keeping its offset (UTC when it had none).
     *
     * @return the instant with its offset, or empty when {@code value} is not acceptable
     */
    public static Optional<OffsetDateTime> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            int nanos = m.group(7) == null ? 0 : num((m.group(7) + "00000000").substring(0, 9));
            LocalTime time = LocalTime.of(num(m.group(4)), num(m.group(5)),
                    m.group(6) == null ? 0 : num(m.group(6)), nanos);
            return offset(m.group(8)).map(o -> OffsetDateTime.of(LocalDateTime.of(date, time), o));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String text) {
        if (text == null || text.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        String digits = text.substring(1).replace(":", "");
        int hours = num(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? num(digits.substring(2)) : 0;
        if (text.charAt(0) == '-' && hours == 0 && minutes == 0) {
            return Optional.empty(); // "-00", "-0000", "-00:00": unknown local offset
        }
        if (minutes > 59) {
            return Optional.empty();
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
