package org.carelearn.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.carelearn.staff.domain.SessionClock.Expiry;
import org.junit.jupiter.api.Test;

class SessionClockTest {

    private static final Instant SIGN_IN = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(15);
    private static final Duration ABSOLUTE = Duration.ofHours(12);

    private final SessionClock clock = new SessionClock(SIGN_IN);

    @Test
    void endsAfterTheIdleLimitWithoutActivity() {
        assertEquals(Optional.empty(), clock.expiry(SIGN_IN.plus(Duration.ofMinutes(14)), IDLE, ABSOLUTE));
        assertEquals(Optional.of(Expiry.IDLE), clock.expiry(SIGN_IN.plus(IDLE), IDLE, ABSOLUTE));
    }

    @Test
    void activityMovesTheIdleLimitButNeverBack() {
        clock.touch(SIGN_IN.plus(Duration.ofMinutes(10)));
        clock.touch(SIGN_IN.plus(Duration.ofMinutes(5)));
        assertEquals(Optional.empty(), clock.expiry(SIGN_IN.plus(Duration.ofMinutes(24)), IDLE, ABSOLUTE));
        assertEquals(Optional.of(Expiry.IDLE), clock.expiry(SIGN_IN.plus(Duration.ofMinutes(25)), IDLE, ABSOLUTE));
        assertEquals(Duration.ofMinutes(5), clock.remaining(SIGN_IN.plus(Duration.ofMinutes(20)), IDLE, ABSOLUTE));
    }

    @Test
    void endsAtTheAbsoluteLimitHoweverActive() {
        Instant almost = SIGN_IN.plus(ABSOLUTE).minusSeconds(60);
        clock.touch(almost);
        assertEquals(Duration.ofSeconds(60), clock.remaining(almost, IDLE, ABSOLUTE), "the absolute limit comes first");
        assertEquals(Optional.of(Expiry.ABSOLUTE), clock.expiry(SIGN_IN.plus(ABSOLUTE), IDLE, ABSOLUTE));
        assertEquals(Duration.ZERO, clock.remaining(SIGN_IN.plus(ABSOLUTE).plusSeconds(5), IDLE, ABSOLUTE));
    }
}
