package org.carelearn.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentGrantTest {

    private static final Instant ISSUED = Instant.parse("2026-05-04T09:00:00Z");
    private static final Instant UNTIL = ISSUED.plusSeconds(3600);

    private static ContentGrant grant() {
        return new ContentGrant(51, "ab".repeat(32), "launch s", "http://app.test", ISSUED, UNTIL);
    }

    @Test
    void aGrantOpensUntilItExpires() {
        ContentGrant grant = grant();
        assertTrue(grant.isValidAt(ISSUED));
        assertTrue(grant.isValidAt(UNTIL.minusMillis(1)));
        assertFalse(grant.isValidAt(UNTIL));
    }

    @Test
    void endingAGrantShortensItButNeverExtendsIt() {
        ContentGrant grant = grant();
        grant.endBy(UNTIL.plusSeconds(60));
        assertEquals(UNTIL, grant.getExpiresAt(), "the end of what it was for never lengthens it");
        grant.endBy(ISSUED.plusSeconds(120));
        assertFalse(grant.isValidAt(ISSUED.plusSeconds(120)));
        assertTrue(grant.isValidAt(ISSUED.plusSeconds(119)));
    }

    @Test
    void aGrantMustEndAfterItIsIssued() {
        assertThrows(IllegalArgumentException.class,
                () -> new ContentGrant(51, "ab".repeat(32), "launch s", "http://app.test", ISSUED, ISSUED));
    }
}
