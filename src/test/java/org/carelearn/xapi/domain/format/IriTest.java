package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "http://adlnet.gov/expapi/verbs/completed",
        "https://carelearn.example/activities/hand-hygiene?v=2#part1",
        "urn:uuid:6f1c2d1e-3d7a-4b8e-9a43-111111111111",
        "tag:carelearn.example,2024:course/17",
        "http://example.org/%E2%9C%93",
        "http://例え.テスト/活動",
        "file:///var/data/x",
        "mailto:nurse@example.org"
    })
    void acceptsAbsoluteIris(String value) {
        assertTrue(Iri.isValid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "example.org/verbs/completed",      // no scheme
        "//example.org/x",                   // scheme-relative
        "1http://example.org",               // scheme must start with a letter
        "ht_tp://example.org",               // illegal scheme character
        "q=r://example.org",                 // illegal scheme character
        "http:",                             // nothing after the scheme
        "http://",                           // empty authority
        "http://example.org/a b",            // space
        "http://example.org/<x>",            // forbidden characters
        "http://example.org/%zz",            // broken percent-encoding
        "not an iri",
        ""
    })
    void rejectsOtherStrings(String value) {
        assertFalse(Iri.isValid(value), value);
    }

    @Test
    void rejectsNull() {
        assertFalse(Iri.isValid(null));
    }
}
