package org.carelearn.xapi.domain.forwarding;

import java.time.Duration;

/**
 * How long forwarding waits after consecutive failures: doubling from a few seconds, capped at a few
 * minutes, so a short outage of the external LRS is bridged quickly and a long one is not hammered.
 */
public final class ForwardingBackoff {

    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration CAP = Duration.ofMinutes(5);

    private ForwardingBackoff() {
    }

    public static Duration after(int consecutiveFailures) {
        if (consecutiveFailures <= 0) {
            return Duration.ZERO;
        }
        // 5 s * 2^6 = 320 s is past the cap already; stopping the shift there also rules out overflow
        int doublings = Math.min(consecutiveFailures - 1, 6);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }
}
