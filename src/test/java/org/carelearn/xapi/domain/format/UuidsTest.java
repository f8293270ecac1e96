package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "3f2b8c1e-9d4a-4e7b-8c21-5a6b7c8d9e0f",
        "3F2B8C1E-9D4A-4E7B-8C21-5A6B7C8D9E0F",   // upper case
        "3f2b8c1e-9d4a-1e7b-8c21-5a6b7c8d9e0f",   // version 1
        "00000000-0000-0000-0000-000000000000"    // nil: any version/variant is accepted
    })
    void acceptsStandardStringForm(String value) {
        assertTrue(Uuids.isValid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "3f2b8c1e-9d4a-4e7b-8c21-5a6b7c8d9e0f1",  // 13 digits in the last group
        "gf2b8c1e-9d4a-4e7b-8c21-5a6b7c8d9e0f",   // non-hex letter
        "3f2b8c1e9d4a4e7b8c215a6b7c8d9e0f",       // no hyphens
        "{3f2b8c1e-9d4a-4e7b-8c21-5a6b7c8d9e0f}", // braces
        "urn:uuid:3f2b8c1e-9d4a-4e7b-8c21-5a6b7c8d9e0f",
        ""
    })
    void rejectsOtherForms(String value) {
        assertFalse(Uuids.isValid(value), value);
    }
}
