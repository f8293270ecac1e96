package org.carelearn.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void controlCharactersInADetailAreReplacedSoEveryDatabaseStoresIt() {
        AuditEvent event = new AuditEvent(Instant.EPOCH, "admin", AuditAction.values()[0], null,
                "unknown column '\u0000\u0001PK'\tline 1\nline 2", "127.0.0.1");
        assertEquals("unknown column '\uFFFD\uFFFDPK'\tline 1\nline 2", event.getDetail());
    }

    @Test
    void aLongDetailIsCutNotRefused() {
        AuditEvent event = new AuditEvent(Instant.EPOCH, "admin", AuditAction.values()[0], null,
                "x".repeat(AuditEvent.MAX_DETAIL + 10), null);
        assertEquals(AuditEvent.MAX_DETAIL, event.getDetail().length());
    }
}
