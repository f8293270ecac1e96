package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "en", "en-US", "de-CH", "fr-CA", "tlh", "es-419", "zh-Hant-TW", "sr-Latn-RS",
        "zh-yue-HK", "sl-rozaj-biske", "de-DE-1996", "en-US-u-islamcal", "en-a-bbb-x-a-ccc",
        "x-whatever", "i-klingon", "en-GB-oed", "EN-us",
        "english"           // 5-8 letter primary subtags are reserved but well-formed
    })
    void acceptsWellFormedTags(String tag) {
        assertTrue(LanguageTag.isValid(tag), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                 // empty
        "e",                // too short
        "abcdefghi",        // primary subtag longer than 8
        "b9876543",         // primary subtag with digits
        "en_US",            // underscore
        "en-",              // trailing hyphen
        "en--US",           // empty subtag
        "de-a-value-a-other", // repeated extension singleton
        "en-US-x",          // private use without subtag
        "en US"             // space
    })
    void rejectsMalformedTags(String tag) {
        assertFalse(LanguageTag.isValid(tag), tag);
    }
}
