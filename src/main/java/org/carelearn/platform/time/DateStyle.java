package org.carelearn.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How CareLearn writes a date for people, on every page, message and certificate: "Dec 16, 2026", and
 * "Dec 2, 2026, 4:43 AM" where the time of day matters (sign-ins, locks, the audit trail, the LRS). One style,
 * so a due date, a completion and an audit entry read alike. The patterns are spelled out rather than taken
 * from the JDK's locale data, whose spaces and punctuation change between Java releases.
 */
public final class DateStyle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a", Locale.US);

    private DateStyle() {
    }

    /** A calendar date, or an empty string. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The day an instant falls on in this zone, or an empty string. */
    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** The date and the time of day of an instant in this zone, or an empty string. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}
