package org.carelearn.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Finding the month coverage passed the threshold, the two periods and their counts, with fixed inputs. */
class TrainingEffectTest {

    private static final YearMonth START = YearMonth.of(2024, 1);

    /** Coverage of 10 people: 5 holding from Jan 2024, 8 (80 %) from Jan 2025 on; April 2026 the last whole month. */
    private static TreeMap<YearMonth, Tally> coverage(YearMonth passes, YearMonth until) {
        TreeMap<YearMonth, Tally> c = new TreeMap<>();
        for (YearMonth m = START; !m.isAfter(until); m = m.plusMonths(1)) {
            int holding = m.isBefore(passes) ? 5 : 8;
            c.put(m, new Tally(holding, 0, 0, 0, 10 - holding));
        }
        return c;
    }

    /**
     * Passed in Jan 2025 (8 of 10 = 80 %; Dec 2024 was 50 %). Before: Jan to Dec 2024, 2 cases a month = 24.
     * After: Feb 2025 to Jan 2026 (12 months), 1 case in each of 6 of them = 6. January 2025 itself (9 cases) is
     * in neither. RR = (6/12) / (24/12) = 0.25; SE = √(1/24 + 1/6) = √0.208333 = 0.456435, × 1.96 = 0.894613;
     * ln 0.25 = −1.386294: exp(−2.280907) = 0.1022 to exp(−0.491681) = 0.6116. Fewer after.
     */
    @Test
    void countsTheMonthsBeforeAndAfterTheMonthCoveragePassed() {
        Map<YearMonth, Integer> cases = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            cases.put(YearMonth.of(2024, 1).plusMonths(i), 2);
        }
        cases.put(YearMonth.of(2025, 1), 9);
        for (int i = 0; i < 6; i++) {
            cases.put(YearMonth.of(2025, 2).plusMonths(2 * i), 1);
        }
        cases.put(YearMonth.of(2026, 3), 40); // after the after period: not counted

        TrainingEffect e = TrainingEffect.of(coverage(YearMonth.of(2025, 1), YearMonth.of(2026, 4)), cases,
                80, 12, YearMonth.of(2026, 4));
        assertEquals(TrainingEffect.Outcome.MEASURED, e.outcome());
        assertEquals(YearMonth.of(2025, 1), e.crossing());
        assertEquals(YearMonth.of(2024, 1), e.before().get(0));
        assertEquals(YearMonth.of(2024, 12), e.before().get(11));
        assertEquals(YearMonth.of(2025, 2), e.after().get(0));
        assertEquals(YearMonth.of(2026, 1), e.after().get(11));
        RateRatio r = e.ratio();
        assertEquals(24, r.before());
        assertEquals(6, r.after());
        assertEquals(12.0, r.beforeExposure());
        assertEquals(12.0, r.afterExposure());
        assertEquals(0.25, r.ratio(), 1e-12);
        assertEquals(0.1022, r.lower(), 5e-5);
        assertEquals(0.6116, r.upper(), 5e-5);
        assertEquals(RateRatio.Verdict.FEWER, r.verdict());
    }

    /**
     * Passed in Oct 2025 with Feb 2026 the last whole month: the after period is Nov 2025 to Feb 2026, 4 months
     * (exposure 4); the before period Oct 2024 to Sep 2025, 12. 6 before, 2 after: RR = (2/4) / (6/12) = 1.0,
     * SE = √(1/6 + 1/2) = 0.816497, × 1.96 = 1.600334: exp(∓1.600334) = 0.2018 to 4.9547. No detectable change.
     */
    @Test
    void anAfterPeriodStillRunningIsShorterAndSaysSo() {
        Map<YearMonth, Integer> cases = Map.of(YearMonth.of(2024, 10), 3, YearMonth.of(2025, 9), 3,
                YearMonth.of(2025, 12), 2);
        TrainingEffect e = TrainingEffect.of(coverage(YearMonth.of(2025, 10), YearMonth.of(2026, 3)), cases, 80, 12,
                YearMonth.of(2026, 2));
        assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2)), e.after());
        RateRatio r = e.ratio();
        assertEquals(6, r.before());
        assertEquals(2, r.after());
        assertEquals(4.0, r.afterExposure());
        assertEquals(1.0, r.ratio(), 1e-12);
        assertEquals(0.2018, r.lower(), 5e-5);
        assertEquals(4.9547, r.upper(), 5e-5);
        assertEquals(RateRatio.Verdict.NO_DETECTABLE_CHANGE, r.verdict());
    }

    /** The threshold is exact: 79 of 100 is not 80 %, whatever rounding would show; 4 of 5 is. */
    @Test
    void theThresholdIsComparedWithoutRounding() {
        assertFalse(TrainingEffect.passed(new Tally(79, 0, 0, 21, 0), 80));
        assertFalse(TrainingEffect.passed(new Tally(7, 0, 0, 0, 2), 80)); // 77.8 %
        assertTrue(TrainingEffect.passed(new Tally(3, 1, 0, 0, 1), 80)); // expiring still holds
        assertFalse(TrainingEffect.passed(Tally.EMPTY, 80));
    }

    @Test
    void noCrossingNoFigure() {
        Map<YearMonth, Integer> cases = Map.of(YearMonth.of(2024, 6), 4);
        TrainingEffect never = TrainingEffect.of(coverage(YearMonth.of(2030, 1), YearMonth.of(2026, 4)), cases, 80,
                12, YearMonth.of(2026, 4));
        assertEquals(TrainingEffect.Outcome.NEVER_PASSED, never.outcome());
        assertNull(never.ratio());

        TrainingEffect already = TrainingEffect.of(coverage(START, YearMonth.of(2026, 4)), cases, 80, 12,
                YearMonth.of(2026, 4));
        assertEquals(TrainingEffect.Outcome.ALREADY_PASSED, already.outcome());
        assertNull(already.crossing());

        TrainingEffect justNow = TrainingEffect.of(coverage(YearMonth.of(2026, 4), YearMonth.of(2026, 4)), cases,
                80, 12, YearMonth.of(2026, 3));
        assertEquals(TrainingEffect.Outcome.NO_MONTH_AFTER_YET, justNow.outcome());
        assertEquals(YearMonth.of(2026, 4), justNow.crossing());
        assertNull(justNow.ratio());
    }

    /** Months nobody needed the competency are neither below nor above: the first month with people decides. */
    @Test
    void monthsWithNobodyWhoNeedsItAreSkipped() {
        TreeMap<YearMonth, Tally> c = coverage(YearMonth.of(2025, 1), YearMonth.of(2026, 4));
        c.put(START, Tally.EMPTY);
        c.put(START.plusMonths(1), Tally.EMPTY);
        TrainingEffect e = TrainingEffect.of(c, Map.of(), 80, 6, YearMonth.of(2026, 4));
        assertEquals(YearMonth.of(2025, 1), e.crossing());
        assertEquals(RateRatio.Verdict.NO_INTERVAL, e.ratio().verdict());
        assertThrows(IllegalArgumentException.class, () -> TrainingEffect.of(c, Map.of(), 0, 6,
                YearMonth.of(2026, 4)));
    }
}
