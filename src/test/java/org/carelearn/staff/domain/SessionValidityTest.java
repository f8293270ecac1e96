package org.carelearn.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionValidityTest {

    private static final Instant CHANGED = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aSessionBegunBeforeThePasswordChangedEnds() {
        assertEquals(Optional.of("password changed"),
                new SessionValidity(true, CHANGED).endsSessionBegunAt(CHANGED.minusMillis(1)));
    }

    @Test
    void aSessionBegunAtOrAfterTheChangeGoesOn() {
        assertEquals(Optional.empty(), new SessionValidity(true, CHANGED).endsSessionBegunAt(CHANGED));
        assertEquals(Optional.empty(), new SessionValidity(true, CHANGED).endsSessionBegunAt(CHANGED.plusSeconds(5)));
    }

    @Test
    void anAccountWhosePasswordNeverChangedKeepsItsSessions() {
        assertEquals(Optional.empty(), new SessionValidity(true, null).endsSessionBegunAt(CHANGED));
    }

    @Test
    void everySessionOfADeactivatedAccountEnds() {
        assertEquals(Optional.of("account deactivated"), new SessionValidity(false, null).endsSessionBegunAt(CHANGED));
        assertEquals(Optional.of("account deactivated"),
                new SessionValidity(false, CHANGED).endsSessionBegunAt(CHANGED.plusSeconds(60)));
    }
}
