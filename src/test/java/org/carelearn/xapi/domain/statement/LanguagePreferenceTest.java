package org.carelearn.xapi.domain.statement;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    private static final String MAP = """
            {"en-US": "completed", "en-GB": "completed", "de": "abgeschlossen", "fr-CA": "terminé"}""";

    @Test
    void exactMatchWins() {
        assertEquals(Optional.of("en-GB"), LanguagePreference.parse("en-GB").choose(parse(MAP)));
    }

    @Test
    void qualityValuesOrderThePreferences() {
        assertEquals(Optional.of("de"), LanguagePreference.parse("fr;q=0.5, de;q=0.9, en;q=0.1").choose(parse(MAP)));
    }

    @Test
    void rangeMatchesLongerTags() {
        assertEquals(Optional.of("fr-CA"), LanguagePreference.parse("fr").choose(parse(MAP)));
    }

    @Test
    void matchingIsCaseInsensitive() {
        assertEquals(Optional.of("en-GB"), LanguagePreference.parse("EN-gb").choose(parse(MAP)));
    }

    @Test
    void truncatedRangeIsTriedWhenNothingMatches() {
        assertEquals(Optional.of("de"), LanguagePreference.parse("de-AT").choose(parse(MAP)));
    }

    @Test
    void zeroQualityIsIgnoredAndFallbackIsFirstEntry() {
        assertEquals(Optional.of("en-US"), LanguagePreference.parse("de;q=0, ja").choose(parse(MAP)));
        assertEquals(Optional.of("en-US"), LanguagePreference.parse(null).choose(parse(MAP)));
    }

    @Test
    void wildcardTakesFirstEntry() {
        assertEquals(Optional.of("en-US"), LanguagePreference.of(List.of("ja", "*")).choose(parse(MAP)));
    }

    @Test
    void emptyMapHasNoChoice() {
        assertEquals(Optional.empty(), LanguagePreference.parse("en").choose(parse("{}")));
    }
}
