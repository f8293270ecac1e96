package org.carelearn.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.carelearn.competency.domain.CompetencyStatus;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void countsEachStatusAndTheShareHoldingTheLevel() {
        Tally t = Tally.EMPTY.plus(CompetencyStatus.COMPETENT).plus(CompetencyStatus.COMPETENT)
                .plus(CompetencyStatus.EXPIRING).plus(CompetencyStatus.EXPIRED).plus(CompetencyStatus.IN_PROGRESS)
                .plus(CompetencyStatus.NOT_STARTED);

        assertEquals(new Tally(2, 1, 1, 1, 1), t);
        assertEquals(6, t.total());
        assertEquals(3, t.holding());
        // 3 of 6 = 50 %; expired 1 of 6 = 16.67 %, rounded half up to 17
        assertEquals(50, t.coveragePercent());
        assertEquals(17, t.percent(t.expired()));
        assertEquals(Tally.Band.LOW, t.band());
    }

    @Test
    void roundsHalfUpAndBandsAtNinetyAndSeventy() {
        // 2 of 3 = 66.67 % -> 67, below 70: low
        assertEquals(67, new Tally(2, 0, 0, 0, 1).coveragePercent());
        // 7 of 8 = 87.5 % -> 88: middle; 9 of 10 = 90 %: high; 7 of 10 = 70 %: middle; 1 of 8 = 12.5 -> 13
        assertEquals(88, new Tally(6, 1, 1, 0, 0).coveragePercent());
        assertEquals(Tally.Band.MIDDLE, new Tally(6, 1, 1, 0, 0).band());
        assertEquals(Tally.Band.HIGH, new Tally(9, 0, 1, 0, 0).band());
        assertEquals(Tally.Band.MIDDLE, new Tally(7, 0, 0, 3, 0).band());
        assertEquals(13, new Tally(1, 0, 0, 0, 7).coveragePercent());
    }

    @Test
    void nobodyCountedIsNoBandAndNoShare() {
        assertEquals(0, Tally.EMPTY.coveragePercent());
        assertEquals(Tally.Band.NONE, Tally.EMPTY.band());
    }

    @Test
    void addsTalliesAndRefusesNegativeCounts() {
        assertEquals(new Tally(3, 1, 0, 2, 1), new Tally(1, 1, 0, 0, 1).plus(new Tally(2, 0, 0, 2, 0)));
        assertThrows(IllegalArgumentException.class, () -> new Tally(-1, 0, 0, 0, 0));
    }
}
