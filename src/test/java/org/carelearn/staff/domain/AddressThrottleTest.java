package org.carelearn.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final AddressThrottle throttle = new AddressThrottle();

    @Test
    void refusesAnAddressOnceItReachesTheLimitWithinTheWindow() {
        for (int i = 1; i < 5; i++) {
            assertFalse(throttle.recordFailure("10.0.0.7", START.plusSeconds(i), 5, WINDOW), "failure " + i);
        }
        assertFalse(throttle.isRefused("10.0.0.7", START.plusSeconds(4)));
        assertTrue(throttle.recordFailure("10.0.0.7", START.plusSeconds(5), 5, WINDOW), "the fifth failure");
        assertTrue(throttle.isRefused("10.0.0.7", START.plusSeconds(6)));
        assertFalse(throttle.isRefused("10.0.0.8", START.plusSeconds(6)), "another address is not affected");
        assertTrue(throttle.isRefused("10.0.0.7", START.plusSeconds(5).plus(WINDOW).minusSeconds(1)));
        assertFalse(throttle.isRefused("10.0.0.7", START.plusSeconds(5).plus(WINDOW)), "refused for one window");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("10.0.0.7", START.plusSeconds(i), 5, WINDOW);
        }
        Instant later = START.plus(WINDOW).plusSeconds(10);
        assertEquals(0, throttle.failures("10.0.0.7", later, WINDOW));
        assertFalse(throttle.recordFailure("10.0.0.7", later, 5, WINDOW));
        assertFalse(throttle.isRefused("10.0.0.7", later));
    }
}
