package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDurationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "PT30M", "PT2H5M10S", "PT0.25S", "PT12.5S", "P2Y", "P1Y2M3DT4H5M6S", "P10D", "PT7200S",
        "P2W", "P1DT0.5H", "PT1,5S", "P0D"
    })
    void acceptsIsoDurations(String value) {
        assertTrue(IsoDuration.isValid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "P",            // no component
        "PT",           // T without time component
        "P1DT",         // T without time component
        "P2W3D",        // weeks cannot be combined
        "PB2H",         // unknown designator
        "1H",           // no P
        "PT1.5H30M",    // fraction only on the smallest component
        "P1M2Y",        // wrong order
        "PT-5S",        // negative
        "pt5s",         // designators are upper case
        "P0001-02-03T04:05:06", // alternative format not accepted
        "thirty minutes"
    })
    void rejectsOtherStrings(String value) {
        assertFalse(IsoDuration.isValid(value), value);
    }

    @ParameterizedTest
    @CsvSource({
        "P1DT12H36M0.1237S, P1DT12H36M0.12S",
        "P1DT12H36M0.12S, P1DT12H36M0.12S",
        "PT0.129S, PT0.12S",
        "PT1.00S, PT1S",
        "'PT1,5S', PT1.5S",
        "PT30M, PT30M",
        "P1DT0.5H, P1DT0.5H",
    })
    void comparesSecondsToTheHundredth(String sent, String compared) {
        assertEquals(compared, IsoDuration.comparable(sent));
    }
}
