package org.carelearn.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The rate ratio and its 95 % interval by the log method, against values worked by hand. */
class RateRatioTest {

    /**
     * 20 cases in 12 months before, 4 in 12 after. RR = (4/12) / (20/12) = 0.2. SE of ln RR = √(1/20 + 1/4) =
     * √0.3 = 0.547723; 1.96 × 0.547723 = 1.073536. ln 0.2 = −1.609438, so the interval is exp(−2.682974) = 0.0684
     * to exp(−0.535902) = 0.5851: below 1 throughout, fewer cases after.
     */
    @Test
    void fewerCasesAfterBeyondChance() {
        RateRatio r = new RateRatio(20, 12, 4, 12);
        assertEquals(0.2, r.ratio(), 1e-12);
        assertEquals(0.547723, r.standardError(), 1e-6);
        assertEquals(0.0684, r.lower(), 5e-5);
        assertEquals(0.5851, r.upper(), 5e-5);
        assertEquals(RateRatio.Verdict.FEWER, r.verdict());
    }

    /**
     * 5 cases in 12 months before (0.4167 a month), 4 in 6 after (0.6667 a month): RR = 0.6667 / 0.4167 = 1.6.
     * SE = √(1/5 + 1/4) = √0.45 = 0.670820; × 1.96 = 1.314808. ln 1.6 = 0.470004: exp(−0.844804) = 0.4296 to
     * exp(1.784812) = 5.9585. The interval includes 1: no detectable change, although the rate rose.
     */
    @Test
    void anIntervalThatIncludesOneIsNoDetectableChange() {
        RateRatio r = new RateRatio(5, 12, 4, 6);
        assertEquals(1.6, r.ratio(), 1e-12);
        assertEquals(0.4296, r.lower(), 5e-5);
        assertEquals(5.9585, r.upper(), 5e-5);
        assertEquals(RateRatio.Verdict.NO_DETECTABLE_CHANGE, r.verdict());
    }

    /** 3 before and 18 after in 12 months each: RR = 6, SE = √(1/3 + 1/18) = 0.623610, × 1.96 = 1.222275;
     * ln 6 = 1.791759: exp(0.569485) = 1.7674 to exp(3.014034) = 20.3694. More cases after. */
    @Test
    void moreCasesAfter() {
        RateRatio r = new RateRatio(3, 12, 18, 12);
        assertEquals(6.0, r.ratio(), 1e-12);
        assertEquals(1.7674, r.lower(), 5e-5);
        assertEquals(20.3694, r.upper(), 5e-4);
        assertEquals(RateRatio.Verdict.MORE, r.verdict());
    }

    /** No case after: RR = 0 (no case in 12 months after 7 before), but ln 0 is not defined, so no interval. */
    @Test
    void aZeroCountGivesNoInterval() {
        RateRatio none = new RateRatio(7, 12, 0, 12);
        assertEquals(0.0, none.ratio());
        assertFalse(none.hasInterval());
        assertEquals(RateRatio.Verdict.NO_INTERVAL, none.verdict());
        assertThrows(IllegalStateException.class, none::lower);

        RateRatio noneBefore = new RateRatio(0, 12, 3, 12);
        assertFalse(noneBefore.hasRatio());
        assertEquals(RateRatio.Verdict.NO_INTERVAL, noneBefore.verdict());
        assertThrows(IllegalStateException.class, noneBefore::ratio);
    }

    @Test
    void countsAndExposuresAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new RateRatio(-1, 12, 3, 12));
        assertThrows(IllegalArgumentException.class, () -> new RateRatio(1, 0, 3, 12));
    }
}
