package org.carelearn.xapi.domain.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatementQueryTest {

    private static final String VERB = "http://adlnet.gov/expapi/verbs/completed";
    private static final String ACTIVITY = "https://carelearn.example/activities/hand-hygiene";
    private static final String REGISTRATION = "6f1c2a4e-0d55-4c57-9a43-0b1f6e2b7d10";

    @Test
    void aQueryBuiltWithoutFiltersReadsEverythingNewestFirstFromTheFirstPage() {
        assertEquals(new StatementQuery(null, false, null, null, false, null, null, null, 0, false, 0),
                StatementQuery.builder().build());
    }

    @Test
    void eachNamedFilterLandsInItsOwnField() {
        Instant since = Instant.parse("2026-01-05T08:00:00Z");
        Instant until = Instant.parse("2026-02-05T08:00:00Z");
        StatementQuery query = StatementQuery.builder().agent("mbox:mailto:nurse@carelearn.example", true)
                .verb(VERB).activity(ACTIVITY, true).registration(REGISTRATION).storedBetween(since, until)
                .limit(25).ascending(true).build();
        assertEquals(new StatementQuery("mbox:mailto:nurse@carelearn.example", true, VERB, ACTIVITY, true,
                REGISTRATION, since, until, 25, true, 0), query);
    }

    @Test
    void theNextPageKeepsTheFiltersAndMovesOnlyTheCursor() {
        StatementQuery first = StatementQuery.builder().registration(REGISTRATION).ascending(true).build();
        assertEquals(new StatementQuery(null, false, null, null, false, REGISTRATION, null, null, 0, true, 42),
                first.withAfter(42));
    }
}
