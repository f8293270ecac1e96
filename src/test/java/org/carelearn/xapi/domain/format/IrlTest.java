package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IrlTest {

    @Test
    void acceptsLocators() {
        assertTrue(Irl.isValid("https://lms.carelearn.example/users"));
        assertTrue(Irl.isValid("http://files.example.org/certificates/42.pdf"));
    }

    @Test
    void rejectsValuesWithoutScheme() {
        assertFalse(Irl.isValid("lms.carelearn.example/users"));
        assertFalse(Irl.isValid("files/42.pdf"));
        assertFalse(Irl.isValid(null));
    }
}
