package org.carelearn.reporting.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * The training effect, honestly: for one department, one category of case and a competency the category maps to,
 * the first month at whose end the share of the people who need the competency and hold it reached the threshold,
 * having been below it at the end of the month before; then the cases of the {@code months} months before that
 * month and of the {@code months} months after it (the month itself in neither: training was still going on), their
 * exposure in months, and the rate ratio with its 95 % interval ({@link RateRatio}). The after period stops at
 * the last whole month; a crossing not yet followed by one has no figure.
 *
 * <p>Pure: the caller gives the coverage at each month's end (reconstructed from history) and the cases per
 * month. It is a before/after comparison of one department with itself: no control group, so anything else that
 * changed at the same time is in the figure too, and a department picked because its complaints were high tends
 * to have fewer later anyway (regression to the mean).
 */
public final class TrainingEffect {

    public static final int DEFAULT_THRESHOLD = 80;
    public static final int DEFAULT_MONTHS = 12;

    private final Outcome outcome;
    private final YearMonth crossing;
    private final List<YearMonth> before;
    private final List<YearMonth> after;
    private final RateRatio ratio;

    private TrainingEffect(Outcome outcome, YearMonth crossing, List<YearMonth> before, List<YearMonth> after,
            RateRatio ratio) {
        this.outcome = outcome;
        this.crossing = crossing;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.ratio = ratio;
    }

    /**
     * @param coverage the tally at each month's end, in order, with no month missing; the first is the earliest the
     *        history reaches
     * @param cases the cases received in each month (a month absent had none)
     * @param thresholdPercent the share, 1 to 100, that counts as passed (holding × 100 ≥ threshold × total)
     * @param months the length of each period, at least 1
     * @param lastWholeMonth the last month that has ended
     */
    public static TrainingEffect of(NavigableMap<YearMonth, Tally> coverage, Map<YearMonth, Integer> cases,
            int thresholdPercent, int months, YearMonth lastWholeMonth) {
        if (thresholdPercent < 1 || thresholdPercent > 100) {
            throw new IllegalArgumentException("The threshold is a percentage from 1 to 100");
        }
        if (months < 1) {
            throw new IllegalArgumentException("Each period is at least a month");
        }
        Objects.requireNonNull(lastWholeMonth);
        YearMonth crossing = null;
        Boolean wasPassed = null;
        for (Map.Entry<YearMonth, Tally> month : coverage.entrySet()) {
            Tally t = month.getValue();
            if (t.total() == 0) {
                continue; // nobody needed it then: neither below nor above
            }
            boolean passed = passed(t, thresholdPercent);
            if (passed && wasPassed == null) {
                return new TrainingEffect(Outcome.ALREADY_PASSED, null, List.of(), List.of(), null);
            }
            if (passed && !wasPassed) {
                crossing = month.getKey();
                break;
            }
            wasPassed = passed;
        }
        if (crossing == null) {
            return new TrainingEffect(Outcome.NEVER_PASSED, null, List.of(), List.of(), null);
        }
        List<YearMonth> before = new ArrayList<>();
        for (int i = months; i >= 1; i--) {
            before.add(crossing.minusMonths(i));
        }
        List<YearMonth> after = new ArrayList<>();
        for (int i = 1; i <= months && !crossing.plusMonths(i).isAfter(lastWholeMonth); i++) {
            after.add(crossing.plusMonths(i));
        }
        if (after.isEmpty()) {
            return new TrainingEffect(Outcome.NO_MONTH_AFTER_YET, crossing, before, after, null);
        }
        RateRatio ratio = new RateRatio(sum(cases, before), before.size(), sum(cases, after), after.size());
        return new TrainingEffect(Outcome.MEASURED, crossing, before, after, ratio);
    }

    /** Whether the tally holds the threshold, exactly (no rounding): holding × 100 ≥ threshold × total. */
    public static boolean passed(Tally tally, int thresholdPercent) {
        return tally.total() > 0 && tally.holding() * 100L >= (long) thresholdPercent * tally.total();
    }

    private static int sum(Map<YearMonth, Integer> cases, List<YearMonth> months) {
        return months.stream().mapToInt(m -> cases.getOrDefault(m, 0)).sum();
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The month coverage passed the threshold; null unless it did within the history. */
    public YearMonth crossing() {
        return crossing;
    }

    public List<YearMonth> before() {
        return before;
    }

    public List<YearMonth> after() {
        return after;
    }

    /** The comparison; null unless {@link Outcome#MEASURED}. */
    public RateRatio ratio() {
        return ratio;
    }

    /** What came of looking for the crossing. */
    public enum Outcome {
        /** Coverage passed the threshold and at least one whole month followed: a figure. */
        MEASURED,
        /** It passed in the last whole month or this one: nothing after it to count yet. */
        NO_MONTH_AFTER_YET,
        /** It never reached the threshold in the months reconstructed. */
        NEVER_PASSED,
        /** It was at or above the threshold from the earliest month it was needed in: when it passed is not known. */
        ALREADY_PASSED
    }
}
