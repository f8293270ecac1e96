package org.carelearn.staff.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElytronBcryptHasherTest {

    private final ElytronBcryptHasher hasher = new ElytronBcryptHasher();

    @Test
    void hashesAreSaltedBcryptModularCryptStringsThatVerify() {
        String first = hasher.hash("quiet harbour lantern".toCharArray());
        String second = hasher.hash("quiet harbour lantern".toCharArray());
        assertTrue(first.startsWith("$2a$12$"), first);
        assertNotEquals(first, second, "a fresh salt every time");
        assertTrue(hasher.matches("quiet harbour lantern".toCharArray(), first));
        assertTrue(hasher.matches("quiet harbour lantern".toCharArray(), second));
        assertFalse(hasher.matches("quiet harbour lanterns".toCharArray(), first));
        assertFalse(hasher.matches("anything".toCharArray(), null));
        assertFalse(hasher.matches("anything".toCharArray(), "not a hash"));
    }
}
