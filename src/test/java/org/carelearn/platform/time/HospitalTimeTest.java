package org.carelearn.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.carelearn.platform.config.Settings;
import org.junit.jupiter.api.Test;

/** Dates read alike on every page: one style, in the hospital's zone, the time of day only where asked for. */
class HospitalTimeTest {

    /** The hospital's zone is America/New_York (carelearn.zone's default); the server runs in UTC. */
    private final HospitalTime time = new HospitalTime(new Settings());

    @Test
    void aCalendarDateIsMonthDayYear() {
        assertEquals("Dec 16, 2026", time.formatDate(LocalDate.of(2026, 12, 16)));
        assertEquals("Jan 5, 2027", time.formatDate(LocalDate.of(2027, 1, 5)));
    }

    @Test
    void aMomentIsTheSameDateWithTheTimeOfDayInTheHospitalsZone() {
        Instant quarterToFiveInTheMorningInNewYork = Instant.parse("2026-12-02T09:43:00Z");
        assertEquals("Dec 2, 2026, 4:43 AM", time.format(quarterToFiveInTheMorningInNewYork));
        assertTrue(time.format(quarterToFiveInTheMorningInNewYork)
                .startsWith(time.formatDate(LocalDate.of(2026, 12, 2))));
    }

    @Test
    void theDayOfAMomentIsTheHospitalsDayNotUtcs() {
        Instant lateEveningInNewYork = Instant.parse("2026-12-03T02:30:00Z");
        assertEquals("Dec 2, 2026", time.formatDay(lateEveningInNewYork));
        assertEquals("Dec 2, 2026, 9:30 PM", time.format(lateEveningInNewYork));
    }

    @Test
    void nothingToShowIsAnEmptyString() {
        assertEquals("", time.format(null));
        assertEquals("", time.formatDay(null));
        assertEquals("", time.formatDate(null));
    }
}
