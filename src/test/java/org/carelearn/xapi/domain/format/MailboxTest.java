package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailboxTest {

    @ParameterizedTest
    @ValueSource(strings = {"mailto:nurse@example.org", "mailto:first.last+ward7@hospital.example"})
    void acceptsMailtoWithAddress(String value) {
        assertTrue(Mailbox.isValid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nurse@example.org",          // no scheme
        "http://example.org/nurse",   // wrong scheme
        "mailto:example.org",         // no @
        "mailto:@example.org",        // empty local part
        "mailto:a@b@example.org",     // two @
        "mailto:nurse @example.org",  // whitespace
        "MAILTO:nurse@example.org"    // the spec shows the lower-case scheme
    })
    void rejectsEverythingElse(String value) {
        assertFalse(Mailbox.isValid(value), value);
    }
}
