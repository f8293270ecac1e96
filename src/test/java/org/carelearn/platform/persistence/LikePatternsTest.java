package org.carelearn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void typedWildcardsAreMatchedLiterally() {
        assertEquals("100\\%%", LikePatterns.startsWith(" 100% "));
        assertEquals("%a\\_b%", LikePatterns.contains("A_B"));
        assertEquals("%back\\\\slash%", LikePatterns.contains("back\\slash"));
    }
}
