package org.carelearn.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.carelearn.platform.config.Settings;

/**
 * The hospital's clock. Everything is stored as an {@link Instant}; pages show it in the hospital's zone,
 * so a night-shift nurse and a manager in the day see the same local time.
 */
@Named
@ApplicationScoped
public class HospitalTime {

    @Inject
    private Settings settings;

    public HospitalTime() {
    }

    HospitalTime(Settings settings) {
        this.settings = settings;
    }

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

    /**
     * For pages: an instant as date and time of day in the hospital's zone ({@link DateStyle}), or an empty
     * string. For when it happened to the minute matters: sign-ins, locks, imports, the audit trail, the LRS.
     */
    public String format(Instant instant) {
        return DateStyle.dateTime(instant, getZone());
    }

    /** For pages: the day an instant falls on in the hospital's zone, for when the hour does not matter. */
    public String formatDay(Instant instant) {
        return DateStyle.date(instant, getZone());
    }

    /** For pages: a calendar date in the hospital's style ({@link DateStyle}). */
    public String formatDate(LocalDate date) {
        return DateStyle.date(date);
    }
}
