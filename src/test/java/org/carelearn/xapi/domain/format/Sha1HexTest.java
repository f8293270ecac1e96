package org.carelearn.xapi.domain.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Sha1HexTest {

    @Test
    void acceptsFortyHexDigitsInAnyCase() {
        assertTrue(Sha1Hex.isValid("0123456789abcdef0123456789abcdef01234567"));
        assertTrue(Sha1Hex.isValid("0123456789ABCDEF0123456789ABCDEF01234567"));
    }

    @Test
    void rejectsWrongLengthOrCharacters() {
        assertFalse(Sha1Hex.isValid("0123456789abcdef0123456789abcdef0123456"));
        assertFalse(Sha1Hex.isValid("0123456789abcdef0123456789abcdef012345678"));
        assertFalse(Sha1Hex.isValid("0123456789abcdef0123456789abcdef0123456g"));
        assertFalse(Sha1Hex.isValid(null));
    }
}
