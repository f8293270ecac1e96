package org.carelearn.xapi.domain.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreconditionTest {

    private static final String CURRENT = "a9993e364706816aba3e25717850c26c9cd0d89d";
    private static final String OTHER = "1111111111111111111111111111111111111111";

    @Test
    void noHeadersAlwaysHoldAndAreNotPresent() {
        assertFalse(Precondition.NONE.isPresent());
        assertTrue(Precondition.NONE.holds(CURRENT));
        assertTrue(Precondition.NONE.holds(null));
        assertFalse(new Precondition("  ", "").isPresent());
    }

    @Test
    void ifMatchHoldsOnlyForTheCurrentTag() {
        assertTrue(new Precondition("\"" + CURRENT + "\"", null).holds(CURRENT));
        assertTrue(new Precondition(CURRENT.toUpperCase(), null).holds(CURRENT));
        assertTrue(new Precondition("\"" + OTHER + "\", W/\"" + CURRENT + "\"", null).holds(CURRENT));
        assertFalse(new Precondition("\"" + OTHER + "\"", null).holds(CURRENT));
    }

    @Test
    void ifMatchFailsWhenThereIsNoDocument() {
        assertFalse(new Precondition("\"" + CURRENT + "\"", null).holds(null));
        assertFalse(new Precondition("*", null).holds(null));
        assertTrue(new Precondition("*", null).holds(CURRENT));
    }

    @Test
    void ifNoneMatchStarHoldsOnlyWhenThereIsNoDocument() {
        assertTrue(new Precondition(null, "*").holds(null));
        assertFalse(new Precondition(null, "*").holds(CURRENT));
    }

    @Test
    void ifNoneMatchWithTagsFailsOnTheCurrentTag() {
        assertFalse(new Precondition(null, "\"" + CURRENT + "\"").holds(CURRENT));
        assertTrue(new Precondition(null, "\"" + OTHER + "\"").holds(CURRENT));
    }
}
