package org.carelearn.xapi.domain.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ForwardingBackoffTest {

    @Test
    void noFailureMeansNoWait() {
        assertEquals(Duration.ZERO, ForwardingBackoff.after(0));
    }

    @Test
    void theWaitDoublesFromFiveSeconds() {
        assertEquals(Duration.ofSeconds(5), ForwardingBackoff.after(1));
        assertEquals(Duration.ofSeconds(10), ForwardingBackoff.after(2));
        assertEquals(Duration.ofSeconds(20), ForwardingBackoff.after(3));
        assertEquals(Duration.ofSeconds(160), ForwardingBackoff.after(6));
    }

    @Test
    void theWaitStopsAtFiveMinutesHoweverLongTheOutage() {
        assertEquals(Duration.ofMinutes(5), ForwardingBackoff.after(7));
        assertEquals(Duration.ofMinutes(5), ForwardingBackoff.after(64));
        assertEquals(Duration.ofMinutes(5), ForwardingBackoff.after(Integer.MAX_VALUE));
    }
}
