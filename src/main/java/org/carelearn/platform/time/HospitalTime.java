package org.carelearn.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.carelearn.platform.config.Settings;

/**
 * The hospital's clock. Everything is stored as an {@link Instant}; pages show it in the hospital's zone,
 * so a night-shift nurse and a manager in the day see the same local time.
 */
@Named
@ApplicationScoped
public class HospitalTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    @Inject
    private Settings settings;

    public Clock clock() {
        return Clock.system(getZone());
    }

    public Instant now() {
        return clock().instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public ZoneId getZone() {
        return settings.hospitalZone();
    }

    /** For pages: an instant as local date and time in the hospital's zone, or an empty string. */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(getZone()));
    }

    /** For pages: a calendar date in the hospital's usual style. */
    public String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
