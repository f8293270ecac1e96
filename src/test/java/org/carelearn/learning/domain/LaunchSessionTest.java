package org.carelearn.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.carelearn.learning.domain.LaunchSession.FetchOutcome;
import org.junit.jupiter.api.Test;

class LaunchSessionTest {

    private static final Instant LAUNCHED = Instant.parse("2026-11-28T09:00:00Z");
    private static final String FETCH = "f".repeat(64);
    private static final String TOKEN = "t".repeat(64);

    private final LaunchSession session = new LaunchSession(new Enrolment("LR1001",
            "https://carelearn.example/courses/demo", 1, "Demo", LAUNCHED, "learner"),
            Cmi5Statements.AU_IRI, Cmi5Statements.ACTIVITY, LaunchMode.NORMAL, FETCH, LAUNCHED);

    @Test
    void theFetchUrlHandsOutTheTokenOnceAndOnlyForItsSecret() {
        assertEquals(FetchOutcome.INVALID, session.fetch("x".repeat(64), TOKEN, LAUNCHED));
        assertFalse(session.acceptsToken(TOKEN, LAUNCHED), "no token before a good fetch");
        assertEquals(FetchOutcome.ISSUED, session.fetch(FETCH, TOKEN, LAUNCHED));
        assertEquals(FetchOutcome.ALREADY_USED, session.fetch(FETCH, "u".repeat(64), LAUNCHED));
        assertTrue(session.acceptsToken(TOKEN, LAUNCHED));
        assertFalse(session.acceptsToken("u".repeat(64), LAUNCHED), "the second call got no token");
    }

    @Test
    void theTokenLastsAsLongAsTheSessionAndAShortGraceAfterTerminated() {
        session.fetch(FETCH, TOKEN, LAUNCHED);
        session.recorded(Cmi5Statements.initialized().facts(), LAUNCHED.plusSeconds(5));
        Instant terminated = LAUNCHED.plusSeconds(600);
        session.recorded(Cmi5Statements.terminated().facts(), terminated);
        assertTrue(session.acceptsToken(TOKEN, terminated.plus(LaunchSession.TOKEN_GRACE).minusSeconds(1)));
        assertFalse(session.acceptsToken(TOKEN, terminated.plus(LaunchSession.TOKEN_GRACE)));
        assertEquals(FetchOutcome.ALREADY_USED, session.fetch(FETCH, TOKEN, terminated), "over: no new token");
    }

    @Test
    void abandoningEndsTheSessionAndMeasuresItFromLaunchToTheLastStatement() {
        session.fetch(FETCH, TOKEN, LAUNCHED);
        session.recorded(Cmi5Statements.initialized().facts(), LAUNCHED.plusSeconds(3));
        session.recorded(Cmi5Statements.answered().facts(), LAUNCHED.plusSeconds(95));
        assertEquals(Duration.ofSeconds(95), session.abandon(LAUNCHED.plusSeconds(4000)));
        assertFalse(session.acceptsToken(TOKEN, LAUNCHED.plusSeconds(4001)));
        assertThrows(IllegalStateException.class, () -> session.abandon(LAUNCHED.plusSeconds(5000)), "once");
    }

    @Test
    void onlyCmi5DefinedVerbsAreRemembered() {
        session.recorded(Cmi5Statements.initialized().facts(), LAUNCHED);
        session.recorded(Cmi5Statements.answered().facts(), LAUNCHED);
        assertEquals(Set.of("initialized"), session.definedVerbs());
        assertTrue(session.isInitialized());
    }
}
