package org.carelearn.learning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One judged attempt at a scored AU, as its passed or failed statement tells it.
 *
 * @param at the statement's timestamp
 * @param scaled the scaled score, or null when the statement carried none
 */
public record Attempt(Instant at, boolean passed, BigDecimal scaled) {

    public Instant getAt() {
        return at;
    }

    /** "Passed" or "Not passed", as the course page words a lesson's result. */
    public String getLabel() {
        return passed ? "Passed" : "Not passed";
    }

    /** The score as a whole percentage (rounded half up), or null. */
    public Integer getScorePercent() {
        return scaled == null ? null : scaled.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
