package org.carelearn.reporting.domain;

/**
 * The ratio of two event rates, after over before, with its 95 % confidence interval by the log method: the rate
 * ratio RR = (b / Tb) / (a / Ta) for a events in exposure Ta before and b in Tb after, and the interval
 * exp(ln RR ± 1.96 √(1/a + 1/b)), the standard large-sample interval for a ratio of two Poisson counts (Rothman,
 * Greenland and Lash, <i>Modern Epidemiology</i>, 3rd ed., ch. 14). The method needs a count in each period: with
 * a = 0 the ratio is not defined, with b = 0 it is 0 and ln 0 is not; then there is no interval, and
 * {@link #verdict()} says so rather than claiming a change or its absence.
 *
 * @param before the count before (a)
 * @param beforeExposure the exposure before (Ta), in months or patient days
 * @param after the count after (b)
 * @param afterExposure the exposure after (Tb), in the same unit
 */
public record RateRatio(int before, double beforeExposure, int after, double afterExposure) {

    /** The standard normal quantile for a two-sided 95 % interval. */
    public static final double Z95 = 1.96;

    public RateRatio {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
        if (!(beforeExposure > 0) || !(afterExposure > 0)) {
            throw new IllegalArgumentException("Each period needs some exposure");
        }
    }

    public double rateBefore() {
        return before / beforeExposure;
    }

    public double rateAfter() {
        return after / afterExposure;
    }

    /** Whether the ratio is defined: a case before. */
    public boolean hasRatio() {
        return before > 0;
    }

    /** The rate ratio, after over before; only when {@link #hasRatio()}. */
    public double ratio() {
        if (!hasRatio()) {
            throw new IllegalStateException("With no case before, the rate ratio is not defined");
        }
        return rateAfter() / rateBefore();
    }

    /** Whether the log method gives an interval: a case in each period. */
    public boolean hasInterval() {
        return before > 0 && after > 0;
    }

    public double lower() {
        return Math.exp(Math.log(ratio()) - Z95 * standardError());
    }

    public double upper() {
        return Math.exp(Math.log(ratio()) + Z95 * standardError());
    }

    /** √(1/a + 1/b), the standard error of ln RR. */
    public double standardError() {
        if (!hasInterval()) {
            throw new IllegalStateException("The log method needs a case in each period");
        }
        return Math.sqrt(1.0 / before + 1.0 / after);
    }

    public Verdict verdict() {
        if (!hasInterval()) {
            return Verdict.NO_INTERVAL;
        }
        if (upper() < 1) {
            return Verdict.FEWER;
        }
        if (lower() > 1) {
            return Verdict.MORE;
        }
        return Verdict.NO_DETECTABLE_CHANGE;
    }

    /** What the interval allows one to say. */
    public enum Verdict {
        /** The whole interval is below 1: the rate after is lower than before, beyond chance at 95 %. */
        FEWER,
        /** The whole interval is above 1. */
        MORE,
        /** The interval includes 1: the data are consistent with no change at all. */
        NO_DETECTABLE_CHANGE,
        /** No case in one period: the log method gives no interval. */
        NO_INTERVAL
    }
}
