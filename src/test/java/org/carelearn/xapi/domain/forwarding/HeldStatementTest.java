package org.carelearn.xapi.domain.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldStatementTest {

    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    private static ExternalLrs.Refused refused(int status) {
        return new ExternalLrs.Refused(status, "The LRS answered " + status, null);
    }

    @Test
    void onlyAnAnswerAboutTheStatementItselfIsARefusalForGood() {
        for (int status : List.of(400, 409, 413, 415, 422)) {
            assertTrue(refused(status).isForGood(), status + " is about what was sent");
        }
        for (int status : List.of(401, 403, 404, 408, 429, 500, 502, 503, 302)) {
            assertFalse(refused(status).isForGood(), status + " is about the connection, or passes");
        }
    }

    @Test
    void aStatementSentAgainAndRefusedAgainKeepsWhenItWasHeldAndShowsTheNewReason() {
        HeldStatement held = HeldStatement.refused(42, "c0ffee00-0000-4000-8000-000000000042", refused(400), NOON);

        held.refusedAgain(new ExternalLrs.Refused(409, "The LRS answered 409: id used", null), NOON.plusSeconds(60));

        assertEquals(NOON, held.getHeldAt());
        assertEquals(NOON.plusSeconds(60), held.getLastTriedAt());
        assertEquals(2, held.getAttempts());
        assertEquals(409, held.getHttpStatus());
        assertEquals("The LRS answered 409: id used", held.getReason());
    }

    @Test
    void aRefusalThatIsNotForGoodHoldsNothing() {
        assertThrows(IllegalArgumentException.class, () -> HeldStatement.refused(1, "id", refused(503), NOON));
        HeldStatement held = HeldStatement.refused(1, "id", refused(400), NOON);
        assertThrows(IllegalArgumentException.class, () -> held.refusedAgain(refused(401), NOON));
        assertEquals(1, held.getAttempts());
    }
}
