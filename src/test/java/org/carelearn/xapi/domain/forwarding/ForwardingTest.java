package org.carelearn.xapi.domain.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ForwardingTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static Forwarding configured() {
        Forwarding forwarding = Forwarding.unconfigured();
        forwarding.configure("https://lrs.example.org/xapi/", "carelearn", "s3cret", true);
        return forwarding;
    }

    @Test
    void isDueOnlyWhenEnabledAndComplete() {
        Forwarding forwarding = Forwarding.unconfigured();
        assertFalse(forwarding.isDue(NOON));
        forwarding.configure("https://lrs.example.org/xapi", "carelearn", "s3cret", false);
        assertFalse(forwarding.isDue(NOON));
        assertTrue(configured().isDue(NOON));
        assertEquals("https://lrs.example.org/xapi", configured().getEndpoint());
    }

    @Test
    void aFailureKeepsTheCursorAndBacksOffEachTimeLonger() {
        Forwarding forwarding = configured();
        forwarding.recordSuccess(40, NOON);

        forwarding.recordFailure("Connection refused", NOON);
        assertEquals(40, forwarding.getLastPosition());
        assertFalse(forwarding.isDue(NOON.plusSeconds(4)));
        assertTrue(forwarding.isDue(NOON.plusSeconds(5)));

        forwarding.recordFailure("Connection refused", NOON.plusSeconds(5));
        assertEquals(2, forwarding.getConsecutiveFailures());
        assertFalse(forwarding.isDue(NOON.plusSeconds(14)));
        assertTrue(forwarding.isDue(NOON.plusSeconds(15)));
        assertEquals("Connection refused", forwarding.getLastError());
    }

    @Test
    void aSuccessMovesTheCursorAndClearsTheFailures() {
        Forwarding forwarding = configured();
        forwarding.recordFailure("503", NOON);

        forwarding.recordSuccess(140, NOON.plusSeconds(6));

        assertEquals(140, forwarding.getLastPosition());
        assertEquals(0, forwarding.getConsecutiveFailures());
        assertNull(forwarding.getLastError());
        assertEquals(NOON.plusSeconds(6), forwarding.getLastSuccessAt());
        assertThrows(IllegalArgumentException.class, () -> forwarding.recordSuccess(139, NOON.plusSeconds(7)));
    }

    @Test
    void aHeldStatementMovesTheCursorPastItWithoutCountingAsASuccessOrAFailure() {
        Forwarding forwarding = configured();
        forwarding.recordSuccess(10, NOON);
        forwarding.recordFailure("503", NOON.plusSeconds(1));

        forwarding.recordHeld(11, NOON.plusSeconds(8));

        assertEquals(11, forwarding.getLastPosition());
        assertEquals(NOON, forwarding.getLastSuccessAt(), "the held statement was not accepted");
        assertEquals(0, forwarding.getConsecutiveFailures(), "the other LRS answered: no back-off");
        assertTrue(forwarding.isDue(NOON.plusSeconds(8)));
        assertThrows(IllegalArgumentException.class, () -> forwarding.recordHeld(10, NOON.plusSeconds(9)));
    }

    @Test
    void sendNowLiftsTheBackOff() {
        Forwarding forwarding = configured();
        forwarding.recordFailure("timeout", NOON);

        forwarding.retryNow();

        assertTrue(forwarding.isDue(NOON));
    }

    @Test
    void anEmptySecretKeepsTheStoredOneAndTheSecretIsNeverInItsText() {
        Forwarding forwarding = configured();

        forwarding.configure("https://other.example.org/lrs", "carelearn2", "", true);

        assertEquals("s3cret", forwarding.secret());
        assertFalse(forwarding.toString().contains("s3cret"));
        assertFalse(new ExternalLrs.Target("https://x", "k", "s3cret").toString().contains("s3cret"));
    }

    @Test
    void refusesToEnableWithoutCredentialsOrWithAnAddressThatIsNotHttp() {
        assertThrows(IllegalArgumentException.class,
                () -> Forwarding.unconfigured().configure("https://lrs.example.org/xapi", "k", null, true));
        assertThrows(IllegalArgumentException.class,
                () -> Forwarding.unconfigured().configure("ftp://lrs.example.org/xapi", "k", "s", true));
        assertThrows(IllegalArgumentException.class,
                () -> Forwarding.unconfigured().configure("https://user:pw@lrs.example.org/xapi", "k", "s", true));
    }

    @Test
    void aLongErrorIsShortened() {
        Forwarding forwarding = configured();

        forwarding.recordFailure("x".repeat(5000), NOON);

        assertEquals(Forwarding.MAX_ERROR, forwarding.getLastError().length());
    }
}
