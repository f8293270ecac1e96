package org.carelearn.xapi.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void tagIsTheHexSha1OfTheContent() {
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", ETags.of("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("da39a3ee5e6b4b0d3255bfef95601890afd80709", ETags.of(new byte[0]));
    }

    @Test
    void tagChangesWithTheBytes() {
        assertNotEquals(ETags.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                ETags.of("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headerValueIsQuoted() {
        assertEquals("\"da39a3ee5e6b4b0d3255bfef95601890afd80709\"", ETags.quoted(ETags.of(new byte[0])));
    }
}
