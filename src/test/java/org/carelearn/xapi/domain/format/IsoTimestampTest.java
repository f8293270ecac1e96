package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-05T08:15:30Z",
        "2024-03-05T08:15:30.123Z",
        "2024-03-05T08:15:30.123456789Z",
        "2024-03-05T08:15:30.1234567891Z",
        "2024-03-05T08:15:30+01:00",
        "2024-03-05T08:15:30-0530",
        "2024-03-05T08:15:30+02",
        "2024-03-05T08:15:30+00:00",
        "2024-03-05T08:15Z",
        "2024-03-05T08:15:30",
        "2024-02-29T23:59:59Z",
        "2090-01-01T00:00:00Z"
    })
    void acceptsIsoDateTimes(String value) {
        assertTrue(IsoTimestamp.isValid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-05T08:15:30-00:00",   // unknown local offset (RFC 3339), forbidden by ISO 8601
        "2024-03-05T08:15:30-0000",
        "2024-03-05T08:15:30-00",
        "2024-03-05",                  // date only
        "05/03/2024 08:15",
        "2024-13-05T08:15:30Z",        // month 13
        "2023-02-29T08:15:30Z",        // not a leap year
        "2024-03-05T24:00:00Z",
        "2024-03-05T08:60:00Z",
        "2024-03-05T08:15:30+25:00",   // offset out of range
        "2024-03-05T08:15:30+01:75",
        "2024-03-05 08:15:30Z",        // space instead of T
        "2024-03-05T08:15:30.Z",       // dot without digits
        "yesterday"
    })
    void rejectsOtherStrings(String value) {
        assertFalse(IsoTimestamp.isValid(value), value);
    }

    @Test
    void parseKeepsOffsetAndTreatsMissingOffsetAsUtc() {
        var withOffset = IsoTimestamp.parse("2024-03-05T08:15:30.5+01:00").orElseThrow();
        assertEquals(Instant.parse("2024-03-05T07:15:30.500Z"), withOffset.toInstant());
        var withoutOffset = IsoTimestamp.parse("2024-03-05T08:15:30").orElseThrow();
        assertEquals(ZoneOffset.UTC, withoutOffset.getOffset());
    }
}
